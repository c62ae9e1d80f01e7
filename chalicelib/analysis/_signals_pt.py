"""The same evidence in romanised Portuguese: what callers to Brazilian and Portuguese households say.

Scam calls to Brazilian and Portuguese families (in Massachusetts, New Jersey, Florida, the UK,
and at home) come in Portuguese or half in Portuguese: the power company whose "corte" is set
for today, "aperte um" to speak to an agent; the consulate or the "Receita Federal" for whom the
listener's CPF is "irregular" and the passport "vai ser bloqueado"; the "Autoridade Tributaria"
whose debt "segue para penhora"; a parcel "retida na alfandega" until a "taxa de liberacao" is
paid; the bank's "central de seguranca" that wants the "senha" and the "codigo" it is about to
send; the son who "bateu o carro" and asks "nao conta pro pai", the "advogado vai te ligar"; the
deposit "pelo zelle" or "pelo pix" today.  The honest callers they mimic speak Portuguese too
(the pharmacy whose "receita esta pronta", the dentist's reminder, the bank that "nunca pede sua
senha", the consulate with a passport ready to collect, relatives).  Speech recognition writes
them without accents ("nao", "voce", "liberacao") and spells them several ways ("aperte um",
"aperta 1", "pressione a tecla um", "prima 1"; "pra" for "para", "ta" for "esta"; Brazilian
"celular", European "telemovel").  Each entry adds phrases of the same meaning to the English
signal of the same key in ``_signals``, as ``_signals_es`` does for Spanish: "vai ser
bloqueado" weighs as "will be blocked", "nao conta pra ninguem" as "don't tell anyone", "nunca
pedimos sua senha" as "we will never ask for your PIN".  Portuguese is close to Spanish, but a
Spanish word may mean something else here ("oficina" is a workshop, "marque" also books a
visit), so the phrases are Portuguese ones.

The layer reads texts too (SMS and WhatsApp), since Brazilian and Portuguese smishing is the same
fraud by message: a "multa" or a "portagem"/"pedagio" "em aberto" to "regularizar", an "encomenda
retida" until its "taxa de importacao" is paid, a "compra aprovada ... nao reconhece? responda NAO"
after which "um atendente entrara em contato" (the call promised is the lure), a code that "vai
chegar", "pode enviar-mo?", a Pix "errado" to send back to "essa chave" or an MB WAY request to
"accept" with the PIN, "oi mae, troquei de numero" with an MB WAY or a Pix to follow, "valores a
receber" or a CPF "com pendencia" on a look-alike site, a job paid daily "home office", a robot
that pays "3% ao dia".  Brazilian and Portuguese texts of 2025-26 add the alert whose answer is a call
("responda NAO para falar com a central de seguranca", "um gerente entrara em contato", "tenha o cartao em
maos"), the courier that sends its link only once the reader answers ("responda 1 para receber o link"), the
code sent "sem querer, pode me passar?", the Pix sent "por engano" with its sum in between, a relative "com o
celular de uma amiga", a task job "sem experiencia" paid "de R$ 50 a R$ 800 por dia": lures with no link at
all, read by their words.  Entries under the SMS signals' keys (``_signals_sms``: ``fine_due``,
``pay_fee``, ``new_number``, ``sms_code_ask``, ``reversal_plea``, ``call_coming`` ...) weigh them
as the English rows do; the honest texts they mimic say what is read as honest: a code "nao
compartilhe", a card alert answered "pelo app", "pix recebido", an import charge the post's own
notice lets the reader "pagar ou recusar".

Patterns match the normalised text (lowercase, accents stripped, hyphens become spaces and
apostrophes vanish: "liga-me" reads "liga me", "d'agua" reads "d agua") and describe the
behaviour (a key to press, a threat, a secret, a fee before something held is freed, a relative
in trouble on a new number), never one campaign's words.
"""

from __future__ import annotations

__all__ = ["PORTUGUESE"]

# A key: number words and digits, optionally named ("a tecla um", "na opcao 2", "o numero 9");
# not the start of a phrase ("marque um horario", "digite um codigo", "aperte um pouco").
_KEY = (r"(?:(?:a |na |no |o )?(?:tecla|opcao|numero|botao) )?(?:zero|um|dois|tres|quatro|cinco|seis|sete|oito|nove|"
        r"\d)(?! (?:horario|hora|dia|encontro|consulta|reuniao|visita|exame|momento|minuto|minutinho|pouco|"
        r"instante|segundo|novo|nova|outro|outra|codigo|valor|email|endereco|comprovante|mil|milhao|real|reais|"
        r"dolar|dolares|euro|euros|por cento|vez|pix|cadastro|formulario|pedido|anuncio|servico|trabalho)\b)")
# "aperte", "aperta", "pressione", "digite", "tecle"; European "prima", "carregue", "marque a tecla"
_PRESS_VERB = (r"(?:aperte|aperta|apertar|aperti|pressione|pressiona|pressionar|digite|digita|digitar|tecle|tecla|"
               r"teclar|prima|carregue|carregar|marque|selecione)")
# ... but not a language menu ("para portugues pressione 9"): honest notices have those too.
_PRESS = (rf"(?<!portugues )(?<!portuguese )(?<!ingles )(?<!english )(?<!espanhol )(?<!espanol )"
          rf"{_PRESS_VERB} {_KEY}"
          r"(?! (?:para|pra|em) (?:portugues|ingles|espanhol|english|espanol)\b)")
# The key where its purpose is already said ("para evitar o corte aperte um"): no menu to guard.
_PRESS_ANY = rf"{_PRESS_VERB} {_KEY}"
# What the key is for: a person to talk to, or acting on the claim (stop, pay, free, receive,
# cancel, hear more, confirm one's data), not an appointment (``legit_press``).
_ACT = (r"(?:falar|fale|conversar|ser atendid[oa]|ser transferid[oa]|evitar|impedir|parar|suspender|"
        # (cancelling a visit, or the bare "para cancelar" of a clinic's menu, is ``legit_press``)
        rf"cancelar(?! (?:\w+ )?(?:consulta|horario|marcacao|exame|visita|agendamento|reserva|presenca|entrega)"
        rf"| {_PRESS_VERB})|"
        r"bloquear|desbloquear|regularizar|resolver|pagar|quitar|liberar|receber|resgatar|contestar|estornar|"
        r"ativar|reativar|manter|garantir|aproveitar|inscrever|se inscrever|cadastrar|se cadastrar|saber mais|"
        r"mais informac\w+|obter|verificar|reduzir|baixar|solicitar|qualificar|reclamar|"
        r"(?:confirmar|atualizar|validar) (?:os |os seus |seus |sua |seu |o seu |a sua )?(?:dados|identidade|cpf|"
        r"endereco|informac\w+|cadastro))")
# "to", "so as to": "para", "pra", "a fim de"
_FOR = r"(?:para|pra|a fim de)"
# The one who "will be" something ("vai ser", "sera", "pode ser", "esta sendo")
_WILL_BE = r"(?:vai ser|vao ser|sera|serao|pode ser|podera ser|esta sendo|vai ficar|ficara|sera entao)"
# The listener's own papers, accounts and numbers (not an office, a flight or an appointment)
_THEIRS = (r"(?:cpf|nif|passaporte|visto|documento|documentos|conta|contas|cartao|cartoes|linha|numero|beneficio|"
           r"beneficios|green card|status|situacao migratoria|titulo de eleitor|carteira de motorista|cnh|licenca|"
           r"registro|cadastro|cartao de cidadao|autorizacao de residencia|residencia|permissao de trabalho|"
           r"chave pix|whatsapp|seguro social|social security|aposentadoria|pensao)")
# A relative, as the caller addresses the listener or names the one in trouble
_KIN = (r"(?:mae|mamae|mainha|mami|pai|papai|painho|vo|vovo|avo|avozinha|vozinha|vozinho|tia|tio|titia|madrinha|"
        r"padrinho|filha|filho|mana|mano)")
# A detail asked for, not the warning never to give it ("nunca passe sua senha a ninguem")
_NEVER = r"(?<!nunca )(?<!nao )(?<!jamais )(?<!nunca lhe )(?<!nunca te )(?<!nunca vamos )(?<!nunca iremos )"
# "don't tell", "don't say", "don't mention"
_DONT_TELL = (r"(?:nao|nem) (?:fala|fale|falem|conta|conte|contem|diga|diz|digam|comenta|comente|avisa|avise|"
              r"mencione|menciona)(?!(?: \w+){0,10} (?:surpresa|presente|festa|aniversario)\b)")
# A sum as texts write it once normalised: "R$ 37,42" reads "r dollar 37 42", "1,49 EUR" reads "1 49 euro"
_MONEY = r"(?:r dollar \d+(?: \d+)*|dollar \d+(?: \d+)*|\d+(?: \d+)* (?:euro|euros|eur|reais))"
_PHONE = r"(?:celular|telemovel|telefone|cel|iphone)"
_NEW_PHONE = rf"(?:numero novo|novo numero|{_PHONE} novo|novo {_PHONE}|(?:numero|{_PHONE}) emprestado)"
# a code the reader was just sent ("o codigo que voce recebeu", "vai chegar-lhe um codigo"), not a door's
_SENT_CODE = (r"codigo(?: \w+){0,5} (?:que (?:vai|vais|ira) (?:te |lhe )?chegar|que (?:te |lhe )?(?:chegou|chegar|"
              r"chega)|que (?:voce|vc|tu|o senhor|a senhora) (?:recebeu|recebeste|vai receber|vais receber|acabou de "
              r"receber)|recebido|por sms|de \d+ digitos|de (?:seis|quatro|cinco) digitos|sem querer|por engano)")
# the call promised by the text: "um atendente entrara em contato", "que ira contacta-lo nos proximos minutos"
_SOON = (r"(?:em breve|nos proximos minutos|dentro de (?:alguns|poucos) minutos|em (?:alguns|poucos) minutos|"
         r"brevemente|daqui a pouco)")
_WILL_CALL = (r"(?:entrara em (?:contato|contacto)|entrarao em (?:contato|contacto)|ira (?:contacta lo|contacta la|"
              r"ligar|contactar|telefonar|entrar em (?:contato|contacto))|vai (?:te |lhe )?(?:ligar|contactar|"
              r"telefonar)|vai entrar em (?:contato|contacto)|(?:te |lhe )?ligara|(?:o|a) (?:contactara|contatara))")

PORTUGUESE: dict[str, str] = {
    # --- the robocall's key: "aperte um para falar com um atendente" ----------------------
    "robocall": (
        rf"{_PRESS}|(?:esta e |e )?uma mensagem (?:automatica|gravada|pre gravada)|(?:mensagem|chamada|ligacao) "
        r"(?:automatica|gravada)|"
        rf"{_FOR} falar com (?:um |uma |o |a |nosso |nossa )?(?:\w+ )?(?:atendente|agente|especialista|oficial|"
        r"operador|operadora|representante|consultor|consultora|supervisor|supervisora|investigador)"),
    "press_to_act": (
        # the key to a person or to settle the claim, or the last words of the message
        rf"{_PRESS} (?:(?:agora|ja|imediatamente|hoje)\b|e (?:fale|fala|falar|converse|seja|sera|um|uma|voce sera|"
        rf"o nosso|a nossa)\b|{_FOR} (?:\w+ )?{_ACT})|"
        # ... the last words (not a "2", the other answer of a card alert's yes or no)
        rf"{_PRESS_VERB} (?:(?:a |na |no |o )?(?:tecla|opcao|numero|botao) )?(?!dois|2)(?:zero|um|tres|quatro|cinco|"
        r"seis|sete|oito|nove|\d)$|"
        # ... or the purpose first: "para evitar o cancelamento digite nove"
        rf"{_FOR} (?:\w+ )?{_ACT}(?: \w+){{0,5}} {_PRESS_ANY}"),
    "legit_press": (
        # a key to confirm, move or cancel a visit, to hear the message again, to renew a prescription
        rf"{_FOR} (?:confirmar|remarcar|desmarcar|cancelar|reagendar|agendar|marcar) (?:a |o |sua |seu |a sua |"
        r"o seu )?(?:consulta|horario|marcacao|exame|visita|entrega|agendamento|reserva|limpeza|vacina|"
        rf"atendimento|presenca)(?: \w+){{0,3}} {_PRESS_ANY}|"
        rf"{_PRESS_ANY} {_FOR} (?:confirmar|remarcar|reagendar|desmarcar)\b(?! (?:\w+ )?(?:dados|identidade|cpf|"
        r"endereco|informac\w+|senha|codigo|conta|cartao|pagamento|cadastro))|"
        rf"{_FOR} (?:confirmar|remarcar|desmarcar|reagendar|cancelar) {_PRESS_ANY}|"
        r"(?:para|pra) (?:repetir|ouvir (?:novamente|de novo)|escutar (?:novamente|de novo)) (?:esta |a |essa )?"
        rf"mensagem|{_FOR} (?:repetir|ouvir|escutar)(?: \w+){{0,3}} {_PRESS_ANY}|"
        rf"{_FOR} (?:renovar|pedir|solicitar|repetir|aviar) (?:a |sua |a sua |o seu |seu |o )?(?:receita|"
        rf"medicamento|remedio|prescricao)(?: \w+){{0,3}} {_PRESS_ANY}|"
        rf"{_FOR} falar com (?:a |o )?(?:farmacia|farmaceutic[oa]|recepcao|consultorio|clinica|escola|secretaria)"
        rf"(?: \w+){{0,2}} {_PRESS_ANY}|"
        # the bank's yes/no alert: "se foi voce, aperte 1", "se reconhece esta compra, digite 1"
        r"se (?:foi (?:voce|o senhor|a senhora)|(?:voce|o senhor|a senhora) (?:fez|reconhece|realizou|autorizou)|"
        rf"reconhece (?:a|esta|essa) (?:compra|transacao|cobranca)|sim)(?: \w+){{0,4}} {_PRESS_ANY}"),
    # --- threats and their consequences ---------------------------------------------------
    "suspension_threat": (
        # "para evitar o cancelamento", "evite a suspensao da cnh"
        r"(?:evite|evita|evitar|para evitar|pra evitar) (?:a|o) (?:suspensao|bloqueio|cancelamento|desativacao|"
        r"encerramento|inibicao|penhora)|"
        # "o seu passaporte vai ser bloqueado", "o seu CPF sera cancelado", "sua conta podera ser suspensa"
        rf"{_THEIRS}(?: \w+){{0,2}} {_WILL_BE} (?:bloquead|cancelad|suspens|anulad|congelad|desativad|encerrad|"
        r"invalidad|revogad|cortad|desligad)[oa]s?|"
        r"(?:vamos|iremos|vao|vai|teremos que|teremos de) (?:ter que |ter de )?(?:bloquear|cancelar|suspender|"
        r"encerrar|desativar|congelar) (?:o seu |a sua |seu |sua |os seus |as suas )"
        rf"{_THEIRS}"),
    "account_locked": (
        # "sua conta foi bloqueada", "o seu cartao esta suspenso", "o acesso ao app ficou restrito"
        r"(?:sua|seu|a sua|o seu) (?:conta|cartao|acesso|cadastro|chave pix|app|aplicativo|perfil|whatsapp|"
        r"conta bancaria|internet banking)(?: \w+){0,2} (?:foi|esta|ta|encontra se|se encontra|ficou) "
        r"(?:temporariamente )?(?:bloquead|suspens|desativad|congelad|restrit|travad)[oa]|"
        r"(?:sua|seu|a sua|o seu) (?:conta|cartao|acesso|cadastro|app|aplicativo)(?: \w+){0,2} "
        r"(?:sera|vai ser|podera ser) (?:temporariamente )?(?:bloquead|suspens|desativad|congelad|restrit|"
        r"limitad)[oa]"),
    "legal_threat": (
        # a warrant, an arrest, a deportation, a seizure of goods or wages ("penhora"), a tax number
        # that is "irregular"
        r"mandado de (?:prisao|busca|captura|detencao|conducao)|ordem de (?:prisao|detencao|despejo|deportacao)|"
        r"(?:vai|pode|podera|vao|podem) ser (?:pres[oa]s?|detid[oa]s?|deportad[oa]s?)|(?:sera|serao) "
        r"(?:pres[oa]s?|detid[oa]s?|deportad[oa]s?)|"
        r"penhora(?:d[oa]s?)?|execucao fiscal|(?:bloqueio|congelamento) judicial|lavagem de dinheiro|"
        r"processo (?:criminal|penal)|(?:crime|crimes) (?:em seu nome|contra voce)|"
        r"(?:policia|policia federal|xerife|oficial de justica|agentes? da imigracao|ice)(?: \w+){0,3} "
        r"(?:ira|irao|vai|vao|sera enviad[oa]|serao enviados) (?:\w+ ){0,2}(?:ate a sua|ate sua|na sua|a sua) "
        r"(?:casa|residencia|porta|endereco|morada)|"
        r"(?:cpf|nif|passaporte|visto|documento|status|situacao)(?: \w+){0,2} (?:esta|ta|consta|consta como|"
        r"encontra se|se encontra|aparece como|foi|ficou) (?:irregular|suspens[oa]|cancelad[oa]|bloquead[oa])"),
    "lawsuit_notice": (
        r"(?:acao|processo|queixa) (?:judicial |criminal |penal )?(?:contra (?:voce|vc|o senhor|a senhora)|"
        r"em seu nome|no seu nome|no nome d[oa] senhora?)|(?:intimacao|citacao|notificacao) judicial|"
        r"(?:vai|sera|pode ser) (?:processad|intimad|citad)[oa]|(?:documentos|papeis) (?:legais|judiciais)"),
    "tax_debt": (
        # "impostos nao pagos", "uma divida ... com as financas", "sua declaracao caiu na malha fina"
        r"impostos? (?:\w+ )?(?:nao pagos?|atrasados?|pendentes?|em atraso|em aberto|em divida|devidos?)|"
        r"(?:divida|debito|dividas|debitos) (?:\w+ ){0,4}(?:impostos?|irs|receita federal|financas|fisco|"
        r"autoridade tributaria|seguranca social|hmrc)|"
        r"(?:autoridade tributaria|financas|receita federal|fisco|irs)(?: \w+){0,8} (?:divida|debito|dividas|"
        r"debitos|multa)|(?:deve|esta devendo|ta devendo) (?:\w+ ){0,3}(?:impostos|ao irs|a receita|as financas|"
        r"ao fisco)|erro na (?:sua )?declaracao|malha fina|multa (?:\w+ )?(?:pendente|em aberto|nao paga)|"
        # "cpf com pendencia na declaracao", "nif com irregularidades"
        r"(?:cpf|nif|declaracao|irpf|titulo de eleitor)(?: \w+){0,3} com (?:pendencias?|irregularidades?|"
        r"inconsistencias?|debitos?)"),
    "utility_cutoff": (
        # "a sua luz vai ser desligada hoje", "o corte ta marcado pra hoje", "para evitar o corte"
        r"(?:sua|seu|a sua|o seu) (?:luz|energia|agua|gas|servico|fornecimento|eletricidade|internet|medidor|"
        rf"relogio)(?: \w+){{0,3}} {_WILL_BE} (?:desligad|cortad|suspens)[oa]|"
        r"(?:corte|desligamento|suspensao) (?:\w+ ){0,3}por falta de pagamento|"
        r"por falta de pagamento (?:\w+ ){0,4}(?:corte|desligad[oa]|cortad[oa])|"
        r"(?:o|um) corte (?:\w+ )?(?:ta|esta|foi|vai ser|sera|ja esta) (?:marcado|agendado|programado|"
        r"autorizado|confirmado|realizado|efetuado|feito)|(?:evitar|impedir|parar|cancelar|suspender) o (?:corte|"
        r"desligamento)|"
        r"(?:cortar|desligar) (?:a sua |sua |o seu |seu |a |o )(?:luz|energia|agua|gas|servico|fornecimento)|"
        r"(?:tecnico|equipe|caminhao)(?: \w+){0,3} (?:a caminho|ja esta indo|ja saiu)|"
        r"(?:ficar|vai ficar|ficara) sem (?:luz|energia|agua|gas)"),
    "consequence": (
        # "se nao for regularizada hoje o seu passaporte vai ser bloqueado", "caso contrario ...",
        # "sem o pagamento sera devolvida"
        r"(?:caso contrario|senao|se nao (?:for|forem) (?:\w+ )?(?:pag|regularizad|resolvid|quitad)[oa]s?|"
        r"se nao (?:pagar|regularizar|resolver|quitar|retornar|comparecer|ligar de volta)|sem o pagamento)"
        r"(?: \w+){0,6} (?:vai|vao|sera|serao|ira|irao|podera|pode|segue|seguira|volta|voltara|perde|perdera|"
        r"o processo|o seu|a sua)|"
        r"(?:vai|ira|pode|podera) perder (?:o seu |a sua |seu |sua |os seus |as suas )?(?:beneficios?|status|"
        r"visto|green card|casa|conta|cobertura|carro|documentos|residencia)"),
    "unsolicited_alert": (
        # "identificamos um pix saindo da sua conta", "uma pendencia no seu CPF"
        r"(?:identificamos|detectamos|constatamos|verificamos|notamos|encontramos|observamos|registramos|"
        r"identificou se|detectou se|foi identificad[oa]|foi detectad[oa])(?: \w+){0,3} (?:um |uma )?(?:pix|"
        r"transacao|compra|movimentacao|acesso|tentativa|problema|pendencia|irregularidade|transferencia|cobranca|"
        r"erro|divida|virus|invasao|atividade|debito|emprestimo)|"
        r"(?:uma )?(?:pendencia|irregularidade) (?:no|na|em|com) (?:o seu |a sua |seu |sua )"
        r"(?:cpf|nome|documento|passaporte|cadastro|nif|conta|processo|declaracao|visto|green card)"),
    # --- the bank's "security team", the code and the password --------------------------
    "bank_fraud": (
        r"central de seguranca|(?:setor|departamento|equipe|area|central|nucleo) (?:de )?(?:seguranca|fraudes?|"
        r"prevencao (?:a|de) fraudes?|antifraude)|"
        r"(?:compra|transacao|movimentacao|transferencia|pix|acesso|atividade|operacao|tentativa de compra|"
        r"login)s? (?:\w+ )?suspeit[oa]s?|cartao (?:\w+ )?(?:foi )?clonado|(?:conta|cartao) (?:\w+ )?"
        r"(?:foi )?(?:invadid|hackead)[oa]"),
    "unexpected_charge": (
        # "se nao foi voce", "se nao reconhece essa transacao", "uma compra ... foi feita na sua conta"
        # (not the second answer of a card alert's yes or no: "... aperte um, se nao foi voce aperte dois")
        r"(?<!um )(?<!1 )se (?:nao foi (?:voce|o senhor|a senhora|vc)|(?:voce |o senhor |a senhora )?nao "
        r"(?:reconhece|reconhecer|fez|realizou|autorizou|solicitou) (?:esta |essa |a |este |esse |o )?(?:compra|"
        r"transacao|cobranca|pedido|pix|transferencia|operacao|movimentacao|debito|emprestimo))|"
        r"(?:compra|pedido|cobranca|transacao|assinatura|renovacao|emprestimo)(?: \w+){0,10} (?:foi )?"
        r"(?:feit|realizad|efetuad|aprovad|renovad|debitad|cobrad|contratad)[oa] (?:na|no|em) (?:sua|seu) "
        r"(?:conta|cartao|nome|cpf)"),
    "ask_code": (
        # "o codigo de verificacao" ("de verif..." is joined to "deverificacao" by the normaliser)
        r"codigo (?:de |d)(?:verificacao|seguranca|confirmacao|acesso|validacao|autenticacao)|codigo (?:do|por|via) "
        r"sms"),
    "code_demand": (
        # the code read back: "me passa o codigo que chegou", "confirmar o codigo que vai chegar no seu celular"
        rf"{_NEVER}(?:confirmar|confirme|confirma|informar|informe|informa|passar|passe|passa|ler|leia|le|falar|fale|"
        r"fala|ditar|dite|dita|repetir|repita|me dizer|me diga|me diz) (?:\w+ ){0,3}(?:o |os )?codigos?(?! postal)|"
        r"codigos? (?:\w+ ){0,3}que (?:vai chegar|chegou|vai receber|recebeu|acabou de receber|enviamos|mandamos|"
        r"foi enviado|vamos enviar|vamos mandar|vou mandar|vou enviar|vai aparecer|apareceu)"),
    "credential_demand": (
        # "precisamos confirmar a sua senha", "me passa a senha do aplicativo"
        rf"{_NEVER}(?:confirmar|confirme|confirma|informar|informe|informa|passar|passe|passa|falar|fale|fala|ditar|"
        r"dite|dita|digitar|digite|me dizer|me diga|me diz|fornecer|forneca|repetir) (?:\w+ ){0,4}(?:a )?"
        r"(?:sua |seu )?(?:senha|senhas|pin|token|assinatura eletronica)"),
    "ask_card": (
        rf"{_NEVER}(?:informar|informe|confirmar|confirme|passar|passe|ditar|dite|digitar|digite|falar|fale|me passa|"
        r"me passe) (?:\w+ ){0,2}(?:o )?numero (?:completo )?do (?:seu )?cartao|"
        r"(?:codigo de seguranca|cvv|tres numeros|tres digitos|tres numerozinhos) (?:\w+ ){0,3}(?:atras|no verso|"
        r"de tras|do cartao)|data de validade do (?:seu )?cartao|"
        # "um atendente vai te ligar, tenha seu cartao em maos"
        r"(?:tenha|tenham|esteja com|fique com) (?:o |seu |o seu |a sua |sua )?cartao(?: \w+){0,2} (?:em maos|a mao|"
        r"por "
        r"perto|ao lado)"),
    "ask_ssn": (
        rf"{_NEVER}(?:informar|informe|confirmar|confirme|passar|passe|digitar|digite|falar|fale|me passa|me passe|"
        r"ditar|dite) (?:\w+ ){0,2}(?:o )?(?:seu |numero do |numero de )?(?:cpf|nif|numero de contribuinte|"
        r"social security|seguro social|ssn)"),
    "ask_login": (
        # the card or the key typed into the page: "insira seu cartao no link para receber o pagamento", "so tem de
        # confirmar no link para receber"
        r"(?:insira|insere|informe|confirme|digite|introduza|coloque) (?:o |a |seu |sua |o seu |a sua )?(?:cartao|senha|"
        r"chave|codigo mb way|pin)(?: \w+){0,5} (?:no|neste|pelo|nesse) link|"
        r"(?:confirmar|confirme|aceitar|aceite|validar|valide) (?:\w+ )?(?:no|neste|pelo|nesse) link (?:para|pra) "
        r"(?:receber|liberar|desbloquear)|"
        # "confirme a sua identidade", "para desbloquear a sua conta"
        r"(?:confirme|confirmar|atualize|atualizar|valide|validar|verifique|verificar|desbloquear|desbloqueie|"
        r"reativar|reative) (?:a |o |sua |seu |a sua |o seu )?(?:identidade|conta|cadastro|acesso|login|"
        r"dados bancarios|dados de pagamento)"),
    "ask_personal": (
        r"(?:confirmar|confirme|informar|informe|atualizar|atualize|verificar|verifique|validar) (?:os |os seus |"
        r"seus |sua |a sua |o seu |seu )?(?:dados|data de nascimento|endereco|nome completo)|"
        # "me confirma seu cpf e a data de nascimento por aqui mesmo"
        r"(?:me )?(?:confirma|passa|manda|envia|informa) (?:o |o seu |seu )?cpf (?:e|com) (?:a |sua |a sua )?data de "
        r"nascimento"),
    "safe_account": (
        r"(?:para|pra|numa|em uma|na) (?:uma |a )?conta (?:segura|protegida|blindada|cofre|de protecao|"
        r"de seguranca|temporaria|reserva)"),
    "move_money": (
        r"(?:saque|sacar|saca|retire|retirar|transfira|transferir|tire|tirar|passe|passar) (?:\w+ ){0,2}"
        r"(?:todo o|todo|tudo|todas as|o seu|seu) (?:dinheiro|saldo|economias|poupanca|reservas)"),
    "cash_parcel": (
        # the "motoboy" sent to collect the card or the cash
        r"(?:motoboy|mensageiro|portador|estafeta|funcionario do banco|courier)(?: \w+){0,6} (?:buscar|pegar|"
        r"recolher|retirar|levantar) (?:\w+ ){0,2}(?:dinheiro|cartao|cartoes|joias|ouro|envelope|especie)"),
    # --- a parcel held until a fee is paid -----------------------------------------------
    "parcel_problem": (
        # "sua encomenda esta retida ... por falta de pagamento da taxa", "a encomenda aguarda o pagamento"
        r"(?:encomenda|pacote|remessa|mercadoria|objeto|volume|caixa)(?: \w+){0,6} (?:esta |foi |ficou |se encontra "
        r"|encontra se )?(?:retid|apreendid|bloquead|taxad)[oa] (?:\w+ ){0,5}(?:pagamento|taxa|imposto|tarifa)|"
        r"(?:encomenda|pacote|remessa|objeto|volume)(?: \w+){0,4} (?:aguarda|aguardando|pendente de|esta pendente "
        r"de) (?:o )?(?:pagamento|taxa|liberacao)|"
        r"(?:taxa|imposto|tarifa|custos?) (?:de )?(?:importacao|alfandega|alfandegaria|aduaneira|desembaraco|"
        r"reentrega|portes|envio|armazenamento|armazenagem|estadia) (?:\w+ ){0,3}(?:pendente|em aberto|nao pag[oa]|"
        r"em atraso)|"
        # "sem o pagamento sera devolvida", "se nao for paga ... volta pro remetente"
        r"(?:sem (?:o )?pagamento|se nao (?:for|forem) pag[oa]s?)(?: \w+){0,6} (?:sera|vai ser|volta|voltara|"
        r"vai voltar) (?:devolvid[oa]|reenviad[oa]|pro remetente|para o remetente|ao remetente)"),
    "parcel_trouble": (
        # the address to "confirm" before delivery: "seu pacote precisa de confirmacao de endereco", "divergencia no
        # cep"
        r"(?:pacote|encomenda|entrega|pedido|objeto|remessa)(?: \w+){0,4} (?:precisa|necessita|requer|aguarda) (?:de )?"
        r"(?:confirmacao|atualizacao|validacao|correcao) (?:do |de |da )?(?:endereco|morada|cep)|(?:endereco|morada) "
        r"(?:incomplet|incorret|errad|invalid)[oa]|divergencia (?:no|de|do) (?:cep|endereco)|"
        r"(?:entrega|encomenda) (?:foi )?suspensa|"
        r"(?:esta |foi |ficou )?(?:retid|apreendid|parad|pres)[oa] na alfandega|"
        r"(?:sera|vai ser|sera entao) (?:devolvid[oa]|reenviad[oa]) (?:ao|pro|para o|pra o|a) "
        r"(?:remetente|origem)|(?:volta|voltara|vai voltar) (?:pro|para o|ao) remetente|"
        r"nao (?:foi possivel|conseguimos) (?:fazer a |realizar a )?entrega"),
    "advance_fee": (
        # "para receber e so pagar o frete", "tem que pagar os impostos primeiro"
        r"(?:pra|para) (?:receber|retirar|resgatar|liberar)(?: \w+){0,3} (?:e so|basta|so precisa|precisa|tem que|"
        r"e preciso) (?:pagar|depositar) (?:o |a |os |as |uma |um )?(?:frete|taxas?|envio|impostos?|tarifa|seguro|"
        r"custos?)|(?:precisa|tem que|vai ter que|tera que) (?:pagar|cobrir) (?:o |a |os |as )?(?:frete|impostos?|"
        r"taxas?|seguro|envio)(?: \w+){0,2} (?:antes|primeiro)"),
    "fee_to_release": (
        # "so precisa pagar a taxa de liberacao", "pagar o imposto para liberar o seu premio"
        r"(?:pagar|paga|pague|pagamento d[ae]|depositar|deposito d[ae]|cobrir) (?:a |uma |o |um )?(?:taxa|tarifa|"
        r"imposto|custo|valor|deposito)s? (?:de |do |da )?(?:liberacao|desbloqueio|saque|resgate|retirada|"
        r"desembaraco)|"
        r"(?:saque|levantamento|resgate|retirada)(?: \w+){0,6} (?:retid|bloquead|congelad|suspens)[oa](?: \w+){0,3} "
        r"(?:para|pra) (?:liberar|desbloquear)(?: \w+){0,3} (?:pague|pagar|deposite|depositar)\b|"
        r"(?:liberar|sacar|receber|resgatar) (?:a |sua |seu |a sua |o seu )?(?:comissao|comissoes|saldo|lucros?)"
        r"(?: \w+){0,8} (?:recarga|recarregar|deposito|depositar)\b|"
        r"(?:taxa|tarifa|imposto|deposito|valor) (?:\w+ ){0,6}(?:para|pra) (?:liberar|desbloquear|sacar|resgatar|"
        r"receber|retirar) (?:o |a |os |as |seu |sua |seus |suas |o seu |a sua )?(?:saldo|dinheiro|premio|"
        r"valor|fundos|encomenda|pacote|lucros?|emprestimo|credito|transferencia|heranca|indenizacao)"),
    # --- a payment, a deposit, today ------------------------------------------------------
    "payment_demand": (
        # "precisa pagar", "tem que depositar", "preciso de um deposito ... ainda hoje"
        r"(?:precisa|preciso|tem que|tenho que|tem de|tenho de|vai ter que|tera que|deve|devera) (?:\w+ )?"
        r"(?:pagar|depositar|efetuar o pagamento|fazer o pagamento|fazer um deposito|fazer o deposito|quitar|"
        r"transferir)|(?:preciso|precisamos|precisaria|precisariamos) de um deposito|"
        r"(?:pague|quite) (?:\w+ ){0,3}(?:hoje mesmo|ainda hoje|agora mesmo|imediatamente|ja)|"
        r"(?:pagar|quitar) (?:\w+ ){0,3}(?:hoje mesmo|ainda hoje|agora mesmo|imediatamente)|"
        r"se nao pagar (?:hoje|ate|agora)"),
    "wire_cash": (
        # (Zelle, Cash App, Western Union are named the same in both languages: the English row reads them)
        r"(?:faz|faca|fazer|mande|manda|mandar|envie|enviar) (?:um |o )?pix (?:pra|para) (?:mim|essa|esta|a conta|"
        r"o numero|a chave|este|esse)|chave pix (?:que|do|da) (?:\w+ ){0,3}(?:vou|vamos|passar|mandar)"),
    "gift_card": r"cart(?:ao|oes) (?:de )?(?:presente|google play|apple|itunes|steam)|vale presente",
    # --- a relative in trouble on a new number ----------------------------------------------
    "family_emergency": (
        # "bati o carro", "sofri um acidente", "to preso", "estou na delegacia / na esquadra",
        # "perdi o meu celular", "mae, troquei de numero"
        r"(?:bati|batemos) (?:o|com o|meu|o meu) carro|(?:sofri|tive|sofremos|tivemos) um acidente|"
        r"(?:to|tou|estou|estamos) (?:com|num|numa|em) (?:um |uma )?(?:problema serio|problemao|apuros?|encrenca|"
        r"sufoco|situacao (?:dificil|complicada|seria))|"
        # ("preso no transito" is stuck in traffic)
        r"(?:to|tou|estou|fui|fiquei) (?:pres[oa]|detid[oa]|na delegacia|na esquadra|na cadeia)"
        r"(?! no (?:transito|trabalho|engarrafamento|aeroporto|elevador|trafego|servico))|"
        r"me (?:prenderam|detiveram|levaram pra delegacia|levaram para a esquadra)|"
        r"(?:perdi|quebrei|molhei) (?:o |meu |o meu )?(?:celular|telefone|telemovel)|"
        r"(?:meu|o meu) (?:celular|telefone|telemovel) (?:quebrou|caiu na agua|caiu no chao|foi roubado|estragou|"
        r"molhou|avariou|partiu|partiu se|se partiu)|"
        r"o (?:outro|antigo|velho) (?:celular |telefone |telemovel |numero |chip )?(?:quebrou|caiu na agua|"
        r"caiu no chao|foi roubado|estragou|avariou|deu problema|deu pau|pifou|morreu|parou de funcionar)|"
        r"(?:me )?(?:roubaram|assaltaram|furtaram) (?:o |meu |o meu )?(?:celular|telefone|telemovel)|"
        rf"{_KIN}(?: \w+){{0,3}} (?:troquei|mudei) de (?:numero|celular|telemovel|chip)|"
        r"(?:esse|este) (?:e|eh) (?:o )?meu (?:novo numero|numero novo|novo celular|celular novo|novo telemovel)|"
        rf"(?:seu|sua|o seu|a sua|teu|tua) (?:neto|neta|filho|filha|sobrinho|sobrinha) (?:\w+ ){{0,2}}(?:esta|ta|foi) "
        r"(?:pres[oa]|detid[oa]|no hospital|na delegacia|na esquadra|envolvid[oa])"),
    "new_phone_steer": (
        r"(?:me )?(?:manda|mande|envia|envie) (?:uma )?mensagem (?:\w+ ){0,2}(?:nesse|neste|para este|pra esse|"
        r"para esse|pra este) (?:numero|celular|telemovel)|"
        r"(?:salva|salve|guarda|guarde|grava|grave) (?:esse|este|o meu|meu) (?:numero|contato|contacto) novo|"
        # "apaga o outro numero": the old number, where the real relative would answer
        r"(?:apaga|apague|apagar|exclui|exclua|deleta|delete|esquece|esqueca|elimina|elimine) o (?:outro|antigo|velho)"
        r"(?: numero| contato| contacto)?\b|"
        r"(?:nao|nem) (?:liga|ligue|manda|mande|usa|use) (?:\w+ ){0,2}(?:pro|no|para o|o) (?:numero|celular|"
        r"telemovel) (?:antigo|velho)|"
        r"(?:me liga|me ligue|me chama|me chame) (?:\w+ )?(?:nesse|neste) (?:numero|celular|telemovel) novo"),
    "secrecy": (
        # "nao conta pra ninguem", "nao fala pro pai", "fica so entre nos", "nao chame a policia"
        rf"{_DONT_TELL} (?:nada )?(?:pra|para|pro|pros|a|ao|aos|com) (?:o |a |os |as )?(?:meu |minha |meus |minhas |"
        r"seu |sua |seus |suas |teu |tua )?(?:ninguem|pai|mae|papai|mamae|vo|vovo|avo|pais|familia|banco|gerente|"
        r"marido|mulher|esposa|esposo|filhos|filhas|irmao|irma|tio|tia)|"
        rf"{_DONT_TELL} nada (?:pra|para|pro|a) ninguem|(?:nao|nem) (?:pode|deve|podemos) contar (?:pra|para|a) "
        r"ninguem|(?:guarde|guarda|mantenha|mantem) (?:isso |isto |tudo )?(?:em )?(?:segredo|sigilo)|"
        r"(?:fica|fique) (?:so )?entre (?:nos|a gente)|(?:nao|nem) (?:ligue|liga|chame|chama|avise|avisa) "
        r"(?:\w+ )?(?:a|pra|para a) policia|(?:nao|nem) (?:desligue|desliga) (?:o telefone|a chamada|a ligacao)"),
    "bail_lawyer": (
        # "o advogado vai te ligar", "um advogado vai entrar em contato com a senhora"
        r"(?:o|um|meu|o meu) (?:advogado|defensor)(?: \w+){0,3} (?:vai|ira|deve) (?:te|lhe) (?:ligar|telefonar)|"
        r"(?:o|um|meu|o meu) (?:advogado|defensor)(?: \w+){0,3} (?:vai|ira|deve) (?:ligar|telefonar|entrar em "
        r"contato|falar) (?:pra|para|com) (?:voce|vc|ti|a senhora|o senhor|a vo|o vo|a vovo|o vovo)"),
    "money_plea": (
        r"(?:preciso que|precisava que) (?:voce|vc|a senhora|o senhor|tu) (?:\w+ )?(?:me )?(?:mande|mandasse|envie|"
        r"enviasse|deposite|depositasse|transfira|transferisse|faca um pix|fizesse um pix|pague|pagasse)|"
        r"(?:me )?(?:manda|mande|faz|faca) (?:um )?pix (?:pra mim|urgente|agora)|"
        r"(?:dinheiro|valor) (?:da|pra|para a) fianca|pagar a (?:fianca|caucao)|"
        r"preciso de (?:um pix|uma transferencia|dinheiro|uma grana|um dinheiro|uns? \w+ (?:reais|dolares|euros))|"
        # "consegues transferir", "pode me emprestar", "da pra fazer um pix"
        r"(?:to|tou|estou|ando) precisando de (?:um |uma )?(?:dinheiro|grana|pix|ajuda com)|"
        # "consegues fazer-me um mb way de 390", "ja te passo a chave"
        r"(?:consegue|consegues|pode|podes|poderia|podia|podias|da pra)(?: me)? fazer(?: me)? um (?:mb way|pix|"
        r"deposito)|(?:ja )?(?:te|lhe) passo (?:a|o|minha|meu|a minha|o meu) (?:chave|iban|nib|conta)|"
        r"(?:consegue|consegues|pode|podes|poderia|podia|da pra) (?:me )?(?:transferir|emprestar|fazer um pix|"
        r"fazer uma transferencia|mandar (?:um |o )?dinheiro|adiantar)"),
    "told_not_to_tell": (
        # the cover story for the teller: "se o gerente perguntar, diga que e pra reforma"
        r"se (?:o |a )?(?:gerente|banco|caixa|funcionari[oa]|atendente|alguem)(?: \w+){0,2} (?:perguntar|questionar)"
        r"(?: \w+){0,4} (?:diga|diz|fala|fale|responda|responde) que"),
    # --- the offers: a lower rate, a lapsed car plan, benefits, debts cut in half ------------
    "eligibility": (
        r"pre ?aprovad[oa]|(?:voce|o senhor|a senhora) (?:ja )?(?:se )?(?:qualifica|e elegivel|foi selecionad[oa])|"
        r"(?:tem|tera) direito (?:a|de) (?:receber |um |uma )?(?:\w+ ){0,3}(?:cartao|beneficio|auxilio|reembolso|"
        r"subsidio|desconto|bonus|indenizacao|restituicao)|"
        # money the reader "has to receive", forgotten in banks
        r"(?:valores|dinheiro|saldo)(?: esquecidos?)? a receber|dinheiro esquecido|"
        r"(?:sem importar|nao importa|independente d[ae]) (?:o seu |a sua |seu |sua )?(?:status|situacao "
        r"migratoria|situacao)|(?:acelerar|agilizar) (?:o |a |seu |sua |o seu |a sua )?(?:processo|green card|caso|"
        r"visto|documento|cidadania|pedido|asilo|permissao de trabalho|residencia)"),
    "rate_reduction": (
        r"(?:baixar|reduzir|abaixar|diminuir|cortar|zerar) (?:\w+ ){0,3}(?:juros|taxa de juros|taxas de juros)|"
        r"juros (?:\w+ ){0,3}(?:zero|0) por cento|(?:reducao|diminuicao) (?:de|dos|da) (?:\w+ )?(?:juros|taxa)"),
    "warranty": (
        r"garantia (?:estendida |de fabrica )?(?:do seu|do|de seu|da sua|de sua) (?:carro|veiculo|automovel|"
        r"caminhao|moto|van)|(?:garantia|cobertura|protecao|contrato de servico) (?:\w+ ){0,4}(?:vencid|"
        r"expirad)[oa]|(?:garantia|cobertura) (?:\w+ ){0,4}(?:vence|vai vencer|expira|vai expirar|esta para vencer)|"
        r"protecao (?:veicular|automotiva)"),
    "benefits_offer": (
        r"(?:cartao|vale) (?:de )?(?:alimentacao|comida|mercado|grocery|supermercado|compras)(?: \w+){0,6} "
        r"(?:gratis|gratuito|de \w+ dolares|por mes|sem custo|pra comprar)|"
        r"(?:plano de saude|seguro saude|seguro de saude|plano medico|convenio medico)(?: \w+){0,8} "
        r"(?:para imigrantes|sem custo|custo zero|zero dolares|de graca|gratis|gratuito|sem documentos|sem papeis|"
        r"por apenas)"),
    "debt_relief": (
        r"(?:reduzir|eliminar|perdoar|limpar|cortar|apagar|consolidar) (?:\w+ ){0,4}(?:suas |sua |as |a )?"
        r"(?:dividas?|emprestimos?)|(?:programa|ajuda) (?:de |pra |para |com )?(?:as )?(?:alivio de |perdao de "
        r"|renegociacao de )?dividas|(?:perdao|alivio) de dividas|"
        r"(?:divida|dividas|emprestimo)(?: \w+){0,10} (?:reduzir|cortar|diminuir) (?:\w+ )?(?:ate )?(?:a metade|"
        r"pela metade|\w+ por cento)"),
    "investment": (
        # a return counted by the day or the week: "ganhe 3% ao dia" reads "ganhe 3 ao dia"
        r"(?:ganhe|ganha|ganhar|lucre|lucro|lucros|rendimento|rendimentos|retorno|retornos|rende|rendem|ganhos?) "
        r"(?:de )?(?:ate )?\d+ (?:por cento )?(?:ao|por|a cada) (?:dia|semana)|"
        # "lucro garantido", "um saldo de 4300 dolares em bitcoin pra sacar"
        r"(?:lucros?|rendimentos?|retornos?|ganhos?) garantid[oa]s?|(?:saldo|lucros?|rendimentos?|ganhos)"
        r"(?: \w+){0,8} (?:em )?(?:bitcoin|cripto\w*|usdt|criptomoedas?)(?: \w+){0,3} (?:pra|para) (?:sacar|saque|"
        r"retirar)|"
        # the stock group with free places: "nosso grupo de investimentos em acoes esta com vagas gratuitas"
        r"grupo de investimentos?\b|sinais (?:gratis|gratuitos)"),
    "platform_steer": (
        # "a nossa plataforma de investimentos", "o mentor manda os sinais", "nao tem risco nenhum"
        r"plataforma de (?:investimentos?|cripto\w*|trading|bitcoin|negociacao|opcoes binarias)|"
        r"(?:mentor|mentora|professor|professora|analista|especialista)(?: \w+){0,3} (?:manda|envia|passa|da) "
        r"(?:os |as )?(?:sinais|dicas|operacoes|entradas)|grupo (?:vip|privado|exclusivo) (?:de )?(?:investimentos?|"
        r"sinais|trading|cripto\w*)|(?:zero|nenhum) risco|nao (?:tem|ha) (?:nenhum )?risco|(?:nao|nunca) (?:vai|vais) "
        r"perder (?:dinheiro|nada)|carteira (?:de )?(?:bitcoin|cripto\w*|usdt)"),
    "job_offer": (
        # earnings by the day: "ganhos de R$ 150 a R$ 800 por dia"
        rf"(?:ganhos?|ganhe|ganha|ganhar|lucre|receba|recebe|renda|salario|pagamento)(?: \w+){{0,3}} {_MONEY}"
        r"(?: \w+)? (?:por dia|ao dia|diarios|diarias)|"
        r"trabalh\w+ (?:de|em|a partir de) casa|(?:ganhe|ganhar|ganha|ganhando) (?:ate )?(?:\w+ ){1,3}(?:reais|"
        r"dolares|euros) (?:por dia|por semana|por hora|diarios|semanais)|(?:curtir|curtindo|curta|avaliar|avaliando|"
        r"avalie|dar "
        r"like em|dando like em) (?:\w+ ){0,2}(?:videos|produtos|hoteis|posts)"),
    "fake_check": (
        # "vou te mandar um cheque ... voce deposita e me devolve a diferenca"
        r"cheque(?: \w+){0,12} (?:devolve|devolver|devolva|mande|manda|repasse|repassa|transfira|envie|me manda)"
        r"(?: \w+){0,3} (?:a diferenca|o resto|o restante|o troco|a sobra|o que sobrar|o excedente)"),
    "prize": (
        # "o seu numero foi sorteado", "voce ganhou", not "selecionada para a entrevista" or "para o juri"
        r"(?:voce|o senhor|a senhora|seu numero|o seu numero|seu celular|seu cpf|seu telefone) (?:\w+ )?foi "
        r"(?:sorteado|sorteada|selecionad[oa]|escolhid[oa]|contemplad[oa])(?! (?:\w+ ){0,2}(?:entrevista|fase|vaga|"
        r"turma|aula|curso|jurado|juri|exame))|"
        r"(?:voce|o senhor|a senhora) (?:foi )?(?:ganhou|sorteado|sorteada|premiad[oa])|parabens (?:voce|o senhor|"
        r"a senhora) (?:ganhou|foi)|(?:resgatar|retirar|receber) (?:o |seu |o seu )?premio"),
    "off_platform": (
        r"(?:no|pelo|via|ao) telegram|(?:adicione|adiciona|chame|chama|contate|fale com) (?:o |a |nosso |nossa |"
        r"meu |minha )?(?:gerente|recrutador|recrutadora|mentor|mentora|consultor|consultora|assistente|analista|"
        r"professor|supervisor)(?: \w+){0,2} (?:no|pelo|via) (?:whatsapp|whats|zap|telegram)"),
    "remote_steps": (
        r"(?:baixe|baixar|baixa|instale|instalar|instala) (?:o |um |este |esse |nosso )?(?:aplicativo|app|"
        r"programa)(?: \w+){0,4} (?:que eu vou|que vou|que vamos|que eu te|que te|que eu lhe|que lhe)(?: te| lhe)? "
        r"(?:passar|mandar|enviar|falar|dizer|ditar|indicar)|compartilh\w+ (?:a )?(?:sua )?tela"),
    "remote_access": r"acesso remoto",
    "device_infected": (
        r"(?:computador|celular|telefone|telemovel|notebook|portatil|pc|roteador|router)(?: \w+){0,3} "
        r"(?:esta |ta |foi |estao )?(?:com (?:um )?virus|infectad[oa]|invadid[oa]|hackead[oa]|comprometid[oa])|"
        r"hackers? (?:\w+ )?(?:no|dentro do|entraram no|invadiram o|estao no) (?:seu )?(?:computador|celular|"
        r"telefone|sistema|roteador)"),
    "tech_claim": r"suporte (?:tecnico )?(?:da |do )?(?:microsoft|windows|apple|icloud)|suporte tecnico",
    # --- pressure ---------------------------------------------------------------------------
    "urgency": (
        r"(?<!nao e )(?<!no es )(?<!nada )(?<!nao )urgente|urgentemente|com urgencia|imediatamente|o quanto antes|"
        r"o mais rapido possivel|ainda hoje|hoje mesmo|agora mesmo|sem demora"),
    "deadline": (
        r"(?:dentro de|nas proximas|no prazo de) (?:\w+ ){1,3}horas|em (?:vinte e quatro|quarenta e oito|"
        r"setenta e duas|24|48|72) horas|ultim[oa] (?:aviso|notificacao|chance|oportunidade|"
        r"chamada|tentativa)|(?:oferta|promocao|prazo|vagas?|inscricoes) (?:\w+ ){0,2}(?:vence|expira|termina|"
        r"acaba|encerra|se encerra|e) (?:hoje|amanha|essa semana|esta semana|ainda hoje)|vagas limitadas|"
        r"prazo final|(?:regularizad[oa]|regularizar|pag[oa]|pagar|resolver|quitar) (?:\w+ )?ate (?:hoje|amanha)"),
    "callback_demand": (
        # "ligue ja para a linha de apoio", "contacte imediatamente o nosso apoio"
        r"(?:ligue|liga|telefone|contacte|contate) (?:ja|agora|imediatamente|de imediato|urgentemente) (?:para|pra|a|o|"
        r"ao|com)\b|"
        r"(?:me |nos )?(?:ligue|liga|ligar|retorne|retornar|retorna|telefone) de volta|"
        r"(?:retorne|retornar|devolva|devolver) (?:a|esta|essa|nossa|minha) (?:ligacao|chamada)|"
        r"(?:ligue|entre em contato|contacte|contate) (?:conosco|com a gente|nos) (?:\w+ )?(?:urgente|com urgencia|"
        r"imediatamente|hoje|agora)"),
    # --- what honest callers say ------------------------------------------------------------
    "legit_no_ask": (
        r"nunca (?:vamos |iremos )?(?:pedimos|pedir|pediremos|solicitamos|solicitaremos|solicitar|ligamos pedindo|"
        r"ligamos para pedir) (?:\w+ ){0,2}(?:senha|senhas|codigo|codigos|pin|dados|token|numero do cartao)|"
        r"nunca (?:te|lhe|vos) (?:vamos pedir|iremos pedir|pediremos|pedimos|solicitaremos|solicitamos) (?:\w+ ){0,2}"
        r"(?:senha|senhas|codigo|codigos|pin|dados|token)|"
        r"(?:banco|nos|ninguem do banco) nunca (?:pede|pedira|vai pedir|solicita) (?:\w+ ){0,2}(?:senha|codigo|pin|"
        r"token)|(?:nao|nunca|jamais) (?:passe|informe|compartilhe|forneca|de|diga|fale|revele) (?:a sua |sua |o seu |"
        r"seu |a |o )?(?:senha|codigo|token) (?:a|para|pra|com) ninguem|nao (?:aceitamos|cobramos|fazemos) "
        r"(?:pagamentos?|cobrancas?) (?:por|pelo) telefone"),
    "legit_bank": (
        r"(?:numero|telefone) (?:que (?:esta|consta|aparece) )?(?:no|atras do) verso do (?:seu )?cartao|"
        # the bank's or the service's own app: "confirme no app", "bloqueie o cartao pelo aplicativo"
        r"(?:confirme|confira|consulte|verifique|bloqueie|conteste|acompanhe|gerencie|reveja|cancele|pague)"
        r"(?: \w+){0,3} "
        r"(?:no|pelo|na|pela) (?:\w+ )?(?:app|aplicativo)\b|"
        # ... the alert that answers "nao reconhece?" with the reader's own app, or the app or the site for a charge
        # (not the fake desk's "abra o aplicativo do seu banco e va na area pix", said on the phone)
        r"(?:nao reconhece|nao foi (?:voce|vc)|duvidas|em caso de duvida)(?: \w+){0,3} (?:acesse o|aceda ao|abra o|"
        r"entre no|use o) (?:seu |nosso )?(?:app|aplicativo)\b(?! (?:\w+ ){0,2}(?:pelo|atraves do|no|neste|nesse|"
        r"deste|desse) "
        r"link)|(?:acesse|aceda a|entre em)(?: \w+){0,3} no (?:app|aplicativo) (?:\w+ )?ou (?:em|no site|pelo site)\b|"
        r"(?:em|no|acesse|aceda a|aceda ao|entre em|entre no) (?:\w+ dot ){1,3}gov dot (?:br|pt)(?! dot)|"
        # the agency's own portal or the reader's reserved area: "confirme o seu iban no portal das financas"
        r"(?:no|pelo|via|atraves do) portal (?:das financas|da seguranca social|do cidadao|gov)|(?:no|pelo) portal\b"
        r"(?! \w+ dot)|na (?:sua )?area reservada|"
        # an import charge the reader may pay or refuse, as the post's own notice offers
        r"(?:pagar|pague|paga) ou (?:recusar|recuse|recusa|devolver|devolva)\b"),
    "legit_appointment": (
        r"lembrete (?:da|de|do|sobre a|para a|para o) (?:sua |seu )?(?:consulta|exame|vacina|limpeza|cirurgia|"
        r"receita|visita|marcacao)|(?:sua|a) receita (?:ja )?(?:esta|ta|ficou) pront[oa]|(?:seu|o) (?:remedio|"
        r"medicamento) (?:ja )?(?:esta|ta) pronto|pront[oa] (?:para|pra) (?:retirada|retirar|buscar|pegar|"
        r"levantar)|confirmando (?:a sua |sua |a )?(?:consulta|limpeza|exame|visita|horario|marcacao)|"
        r"(?:consulta|marcacao|exame|vacina|cirurgia)(?: \w+){0,8} (?:esta |foi )?(?:marcad|agendad|confirmad)[oa] "
        r"(?:para|pra)"),
    "legit_delivery": (
        r"(?:encomenda|pacote|pedido|objeto|entrega)(?: \w+){0,3} (?:chega hoje|esta em rota de entrega|em rota de "
        r"entrega hoje)|"
        r"(?:pedido|encomenda|pacote|entrega) (?:\w+ ){0,3}(?:sera|vai ser|foi) entregue|(?:saiu|esta) "
        r"(?:para|pra) entrega|entrega (?:esta )?(?:agendada|marcada|programada) (?:para|pra)"),
    "legit_no_action": (
        r"nao e (?:nada )?urgente|nada urgente|nao (?:precisa|e preciso|e necessario) (?:fazer nada|se preocupar)"),
    "legit_wrong_number": (
        r"numero errado|(?:me )?enganei (?:de|no) numero|(?:mandei|enviei) (?:\w+ )?(?:pra|para a|para o|a|ao) "
        r"(?:pessoa|contato|contacto|numero) errad[oa]"),

    # === texts (SMS, WhatsApp): the same evidence as the phone's, in the words of a message ===================
    # --- a fine, a toll, a fee to pay by link -----------------------------------------------------
    "fine_due": (
        # "infracao de transito nao paga", "contraordenacao pendente", "pedagio em aberto", "passagem nao foi cobrada"
        r"(?:infracao|infracoes|multa|multas) (?:de transito )?(?:\w+ ){0,2}(?:nao pagas?|pendentes?|em aberto|"
        r"vencidas?|por pagar)|infrac(?:ao|oes) de transito|contraordenac(?:ao|oes)(?: \w+){0,2} (?:pendentes?|por "
        r"pagar|em divida|rodoviarias?)|(?:evitar|evite|evita) (?:a |uma )?coima|coimas? (?:\w+ ){0,2}(?:pendentes?|"
        r"em divida|por pagar)|(?:pedagio|pedagios|portagem|portagens|passagem|passagens)(?: \w+){0,6} (?:em aberto|"
        r"pendentes?|nao (?:foi |foram )?(?:pag|cobrad)[oa]s?|sem pagar|por pagar|em divida)|(?:passou|passagem) "
        r"(?:\w+ ){0,4}(?:portico|pedagio|portagem)(?: \w+){0,3} sem pagar|pontos na (?:cnh|carta)|suspensao da "
        r"(?:cnh|carta)|inibicao de conduzir|identificador sem saldo"),
    "pay_fee": (
        # "quite R$ 14,90 hoje", "regularize 2,35 EUR", "portes adicionais 1,49 EUR"; not a bill's "valor de"
        rf"(?:pague|pagar|pagando|quite|quitar|regularize|regularizar|regulariza|liquide|efetue o pagamento de|"
        rf"efetuar o pagamento de)(?: \w+){{0,3}} (?:de )?{_MONEY}|(?:taxa|taxas|tarifa|portes|imposto|frete|multa|"
        rf"coima|pedagio|portagem|custos?)(?: \w+){{0,3}} (?:de )?{_MONEY}"),
    # --- an alert to disown, the call promised by the text -------------------------------------------
    "not_you": (
        # "nao reconhece? responda nao", "nao foi voce?"
        r"nao (?:reconhece|reconheces|reconhecer|reconheca|reconheceu)\b"
        r"(?! (?:\w+ ){0,2}(?:a voz|o numero|este numero|esse numero))|nao foi (?:voce|vc|o senhor|a senhora|tu)\b|"
        r"nao (?:fez|fizeste|realizou|autorizou|solicitou) (?:esta|essa|a|"
        r"este|esse|o) (?:compra|transacao|operacao|pagamento|pix|transferencia|pedido)"),
    "call_coming": (
        rf"{_SOON} (?:\w+ )?{_WILL_CALL}|{_WILL_CALL}(?: \w+){{0,6}} {_SOON}|"
        r"(?:um|uma|o|a|nosso|nossa|seu|o seu) (?:atendente|assistente|gestor|gestora|gerente|especialista|operador|"
        r"operadora|consultor|consultora|agente|central|equipe|equipa|setor|departamento)(?: de (?:seguranca|fraudes?|"
        rf"prevencao))?(?: \w+)? (?:que )?{_WILL_CALL}"),
    # --- the code another service just sent, asked back by text ---------------------------------
    "sms_code_ask": (
        # "vai chegar-lhe um codigo, pode enviar-mo?", "indique o codigo recebido ao assistente"
        r"(?:vai|vais|ira) (?:te |lhe )?chegar (?:lhe |te )?(?:um|o) codigo(?: \w+){0,8} (?:pode|podes|consegue|"
        r"consegues|podia|podias|poderia|me)(?: me)? (?:enviar|mandar|reenviar|passar|dizer|encaminhar|envia|manda|"
        r"passa|diz|reencaminhar)\b|"
        rf"{_SENT_CODE}(?: \w+){{0,10}} (?:me )?(?:envia|manda|passa|reenvia|encaminha|diz|envie|mande|passe|reenvie|"
        r"encaminhe|diga|(?:pode|podes|consegue|consegues|poderia|podia|podias)(?: me)? (?:passar|mandar|enviar|"
        r"reenviar|"
        r"dizer|encaminhar))(?: me| mo| ma)?\b|"
        # "mandei um codigo pra voce sem querer, pode me passar?"
        r"(?:mandei|enviei|mandaram|enviaram) (?:\w+ )?(?:um|o) codigo(?: \w+){0,10} (?:me )?(?:passa|manda|envia|"
        r"reenvia|"
        r"encaminha|diz|passe|mande|envie|reenvie|encaminhe|diga|(?:pode|podes|consegue|consegues|poderia|podia|podias)"
        r"(?: me)? (?:passar|mandar|enviar|reenviar|dizer|encaminhar))(?: me| mo| ma)?\b|"
        rf"(?:me )?(?:envia|manda|passa|reenvia|encaminha|diz|envie|mande|passe|reenvie|diga|enviar|mandar|passar)"
        rf"(?: me)? o {_SENT_CODE}|"
        r"(?:indique|indica|informe|diga|dite|forneca|passe|leia) (?:o|seu|o seu) codigo(?: \w+){0,3} (?:ao|a um|ao "
        r"nosso|a nossa|a|a uma) (?:assistente|atendente|operador|operadora|gestor|gestora|tecnico|funcionario|agente|"
        r"consultor|consultora)"),
    # --- a "mistaken" Pix or MB WAY to send back, a request to "accept" so as to be paid --------------
    "reversal_plea": (
        # "fiz um pix errado pra voce ... consegue devolver pra essa chave?"
        # (not a friend's double payment: "te mandei 50 a mais no pix sem querer")
        r"(?:fiz|mandei|enviei|transferi|caiu|fizeram|mandaram)"
        r"(?: (?!a mais|duas vezes|em dobro|duplicad|repetid)\w+){0,4} (?:pix|transferencia|mb way|deposito|dinheiro)"
        r"(?: (?!a mais|duas vezes|em dobro|duplicad|repetid)\w+){0,7} (?:errad[oa]|por engano|sem querer|por erro|"
        r"equivocad[oa])(?: \w+){0,14} "
        r"(?:devolver|devolve|devolva|devolves|estornar|estorna|retornar|retorna|mandar de volta|manda de volta)\b|"
        r"(?:por engano|sem querer|errad[oa])(?: \w+){0,14} (?:devolver|devolve|devolva) (?:pra|para) (?:essa|esta|"
        r"minha|a) (?:chave|conta)|"
        # the surplus sent back to "another key": "veio 1 000 a mais, me devolve o excedente na outra chave que te passei"
        # (money returned goes back where it came from)
        r"(?:devolve|devolva|devolver|devolves|manda|mande|mandar|retorna|retorne|estorna|estorne)(?: \w+){0,4} (?:na|"
        r"pra|para|para a|pela|em|numa) (?:outra|uma outra|essa outra|a outra) (?:chave|conta|pix)\b|"
        # the wallet's fake "received by mistake, send it back"
        r"(?:recebeu|caiu|entrou) (?:\w+ ){0,6}(?:por engano|por erro|sem querer)(?: \w+){0,10} (?:devolva|devolver|"
        r"devolve|estorne|estornar|retorne|retornar)\b|"
        # the buyer's "payment" that needs the reader's pin, or an accepted request, to arrive: "pago por mb way, so
        # preciso que va a um multibanco para confirmar o recebimento" (money is received without a trip to an atm)
        r"(?:va|ir|vai|dirija se|se dirigir|passe) (?:ate |a |ao )?(?:um |uma |o |a )?(?:multibanco|caixa eletronico|"
        r"caixa automatico|atm)(?: \w+){0,3} (?:para|pra) (?:confirmar|receber|validar|ativar|aceitar)\b|"
        r"(?:para|pra) (?:receber|aceitar|resgatar)(?: \w+){0,3} (?:digite|insira|introduza|coloque|ponha) "
        r"(?:a sua |sua |o seu |seu |o |a )?(?:senha|pin)|"
        r"(?:aceite|aceita|aceitar|confirme|confirma|confirmar) (?:o |a )?(?:pedido|solicitacao|operacao|"
        r"pagamento)(?: \w+){0,6} (?:para|pra) (?:receber|recebe)|(?:digite|insira|introduza|coloque|ponha|marque) "
        r"(?:a sua |sua |o seu |seu |o |a )?(?:senha|pin|codigo)(?: \w+){0,3} (?:para|pra) (?:receber|aceitar|"
        r"resgatar)"),
    # --- "oi mae, troquei de numero": a relative on a new phone, and the ask -------------------------
    "new_number": (
        rf"(?:troquei|mudei) de (?:numero|{_PHONE})|{_NEW_PHONE}|"
        # "to com o celular de um amigo", "te escrevo do telemovel de uma colega"
        rf"(?:com o|usando o|do|pelo|no) (?:numero|{_PHONE}) d[eoa] (?:um |uma |minha |meu )?(?:amig[oa]|colega|"
        rf"namorad[oa]|"
        r"vizinh[oa])\b|"
        r"(?:mae|mamae|mainha|pai|papai|vo|vovo) sou eu|"
        r"sou eu (?:mae|mamae|pai|papai)"),
    "sms_favour": (
        # "preciso de uma ajuda rapidinho", "tenho de pagar uma coisa da faculdade hoje"
        r"(?:pode|podes|consegue|consegues|poderia|podia|poderias) (?:me )?ajudar\b|"
        r"(?:me )?(?:faz|faca|fazes|pode fazer|podes fazer|consegue fazer|consegues fazer) um favor|preciso (?:de )?"
        r"(?:um favor|uma ajuda|da sua ajuda|da tua ajuda|te pedir (?:um favor|uma coisa|algo))|(?:queria|quero|"
        r"preciso) (?:te|lhe) pedir (?:um favor|uma coisa|algo)|"
        # "interesse? responda sim", "se tiver interesse me chama"
        r"(?:tem |tiver |teria )?interesse (?:responda|responde|me chama|chama)\b|"
        # "chame no whatsapp", "fale conosco pelo telegram", as the English row reads "message us on whatsapp"
        r"(?:me chama|chama|chame|me chame|nos chame|fale comigo|fale conosco|me adicione|adicione|contate|contacte|"
        r"escreva|me escreva) (?:\w+ )?(?:no|pelo|via) (?:whatsapp|whats|zap|telegram)|"
        r"(?:o )?app do banco (?:nao (?:abre|funciona|ta funcionando|esta a funcionar|esta funcionando)|(?:esta|ta) "
        r"bloqueado)|(?:tenho|preciso|tenho de|tenho que) (?:de )?pagar (?:uma|um|a|o) (?:\w+ )?(?:conta|boleto|fatura|"
        r"coisa|divida|propina|mensalidade)(?: \w+){0,3} (?:hoje|agora|urgente|ainda hoje)"),
    # --- a job paid daily, a trading robot ---------------------------------------------------
    "sms_job": (
        r"trabalho (?:online|em casa|a partir de casa|de casa|pelo celular|pelo telemovel|remoto)|"
        # tasks paid for likes: "ganhe dinheiro com as tarefas de curtir no tiktok"
        r"tarefas? (?:de |para )?(?:curtir|curtidas|seguir|avaliar|likes?)\b|"
        r"pagamento diario|pagamentos diarios|\d+ (?:min|minutos) (?:por|ao) dia|"
        # "ganhar de r$ 50 a r$ 800 por dia", "sem experiencia", "por tarefa"
        rf"{_MONEY} (?:a|ate|e) {_MONEY} (?:por|ao) dia|sem experiencia(?: previa)?(?: necessaria)?\b|nao (?:e )?"
        r"(?:precisa|exige|necessario|preciso) (?:de )?experiencia|\d+ (?:reais|euros?|usd|dolares) (?:por|cada) "
        r"(?:tarefa|like|video|avaliacao|pedido)|"
        # the recruiter who wants the chat moved: "me chama no whatsapp", "adicione o recrutador no telegram"
        r"(?:me chama|chama|chame|me chame|fale comigo|fale conosco|me adicione|adicione|contate|contacte) (?:\w+ )?"
        r"(?:no|pelo|via) (?:whatsapp|whats|zap|telegram)"),
    "sms_call_to_action": (
        r"(?:responda|responde|envie|mande) (?:\w+ )?(?:para|pra) (?:saber mais|mais informac\w+|se candidatar|"
        r"participar|receber (?:mais )?(?:detalhes|informac\w+|(?:as )?instrucoes|o passo a passo))|"
        # "nao reconhece? responda nao para falar com a central de seguranca"
        # "responda nao e aguarde a ligacao da nossa central de seguranca"
        r"(?:responda|responde|envie|digite) (?:\w+ )?(?:e|para|pra) (?:aguarde|aguardar|espere|esperar) (?:a |o |uma |um )?"
        r"(?:ligacao|chamada|contato|contacto)|"
        r"(?:responda|responde|envie|digite) (?:\w+ )?(?:para|pra|e) (?:falar|conversar) com (?:a |o |um |uma |nossa |"
        r"nosso )?(?:central|atendente|gerente|setor|equipe|equipa|especialista|departamento|consultor|consultora)"),
    # the link that opens only once the reader answers: "responda 1 para receber o link", "ative o link"
    "link_trick": (
        r"(?:responda|responde|envie|digite) (?:\w+ )?(?:para|pra|e) (?:receber|ativar|liberar|abrir|acessar|"
        r"habilitar) o link|(?:ative|ativa|ativar|habilite|habilitar|libere|liberar) o link|(?:copie|copia|cole|cola)"
        r" (?:o link |e cole )?(?:no|em seu|no seu) navegador"),
    "loan_debt": (
        # "credito pre-aprovado", "sem consulta ao spc/serasa", "limpe seu nome"
        r"(?:emprestimo|credito) (?:\w+ )?(?:pre aprovado|preaprovado|liberado|aprovado na hora)|"
        r"sem consulta (?:ao |a )?(?:spc|serasa|score)|(?:limpe|limpar|limpa) (?:o |seu |o seu )?nome|"
        r"nome (?:sujo|negativado)"),
    "crypto_lure": (
        r"robo (?:de )?(?:trading|investimentos?|cripto\w*|apostas|opcoes binarias)|(?:sinais|dicas) (?:diari[oa]s|de "
        r"trading|vip|de investimento)|grupo (?:vip|privado|exclusivo|de analise) (?:de )?(?:acoes|investimentos?|"
        r"trading|cripto\w*|sinais|bolsa)|saque (?:na hora|imediato|instantaneo|em minutos)"),
    # --- a bank's details asked by text ---------------------------------------------------------
    "sms_details_ask": (
        r"(?:confirme|confirma|informe|informando|indique|envie|enviando|responda|forneca)(?: \w+){0,2} "
        r"(?:o seu |a sua |seu |sua |o |a )?(?:iban|nib|chave pix|dados bancarios|numero da conta|numero de conta)"),
    # --- what honest texts say: a code with nothing asked, a payment received ---------------------
    "legit_otp": (
        # "nunca partilhe este codigo", "codigo 592817, nao compartilhe", "valido por 5 minutos" (the code named:
        # a bare "nao partilhe com ninguem" is a secret's)
        r"(?:codigo|senha|pin|token)(?: \w+){0,10} (?:nao|nunca) (?:o |a )?(?:partilhe|compartilhe|divulgue|informe|"
        r"passe|forneca)\b|(?:nao|nunca) (?:partilhe|compartilhe|divulgue|informe|passe|forneca) (?:este|esse|o|seu|"
        r"o seu|a sua|sua|a) (?:codigo|senha|pin|token)|(?:seu|o seu) codigo(?: \w+){0,3} (?:e |eh )?"
        r"\d{4,8}|\d{4,8} e (?:o )?(?:seu|o seu) codigo|valido (?:por|durante) \d+ minutos"),
    "legit_receipt": (
        # "pix recebido", "recebeu 40 euros de rui", "transferencia efetuada com sucesso"
        r"(?:voce )?recebeu (?:um )?(?:pix |pagamento |transferencia |mb way )?(?:de )?(?:\d+|r dollar)"
        r"(?!(?: \w+){0,10} (?:mas|retid|bloquead|pendente))|pix recebido(?!(?: \w+){0,10} (?:mas|retid|bloquead|"
        r"pendente))|(?:transferencia|pagamento|pix|compra|recarga) (?:\w+ ){0,8}(?:efetuad[oa]|realizad[oa]|"
        r"concluid[oa]) com sucesso|(?:fiz|fizemos) o pix (?:do|da|de) "),
}
