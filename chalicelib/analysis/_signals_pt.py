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
        r"(?:temporariamente )?(?:bloquead|suspens|desativad|congelad|restrit|travad)[oa]"),
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
        r"ao fisco)|erro na (?:sua )?declaracao|malha fina|multa (?:\w+ )?(?:pendente|em aberto|nao paga)"),
    "utility_cutoff": (
        # "a sua luz vai ser desligada hoje", "o corte ta marcado pra hoje", "para evitar o corte"
        r"(?:sua|seu|a sua|o seu) (?:luz|energia|agua|gas|servico|fornecimento|eletricidade|internet|medidor|"
        rf"relogio)(?: \w+){{0,3}} {_WILL_BE} (?:desligad|cortad|suspens)[oa]|"
        r"(?:corte|desligamento|suspensao) (?:\w+ ){0,3}por falta de pagamento|"
        r"por falta de pagamento (?:\w+ ){0,4}(?:corte|desligad[oa]|cortad[oa])|"
        r"(?:o|um) corte (?:\w+ )?(?:ta|esta|foi|vai ser|sera|ja esta) (?:marcado|agendado|programado|"
        r"autorizado|confirmado)|(?:evitar|impedir|parar|cancelar|suspender) o (?:corte|desligamento)|"
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
        r"de tras|do cartao)|data de validade do (?:seu )?cartao"),
    "ask_ssn": (
        rf"{_NEVER}(?:informar|informe|confirmar|confirme|passar|passe|digitar|digite|falar|fale|me passa|me passe|"
        r"ditar|dite) (?:\w+ ){0,2}(?:o )?(?:seu |numero do |numero de )?(?:cpf|nif|numero de contribuinte|"
        r"social security|seguro social|ssn)"),
    "ask_login": (
        # "confirme a sua identidade", "para desbloquear a sua conta"
        r"(?:confirme|confirmar|atualize|atualizar|valide|validar|verifique|verificar|desbloquear|desbloqueie|"
        r"reativar|reative) (?:a |o |sua |seu |a sua |o seu )?(?:identidade|conta|cadastro|acesso|login|"
        r"dados bancarios|dados de pagamento)"),
    "ask_personal": (
        r"(?:confirmar|confirme|informar|informe|atualizar|atualize|verificar|verifique|validar) (?:os |os seus |"
        r"seus |sua |a sua |o seu |seu )?(?:dados|data de nascimento|endereco|nome completo)"),
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
        r"reentrega|portes|envio) (?:\w+ ){0,3}(?:pendente|em aberto|nao pag[oa])|"
        # "sem o pagamento sera devolvida", "se nao for paga ... volta pro remetente"
        r"(?:sem (?:o )?pagamento|se nao (?:for|forem) pag[oa]s?)(?: \w+){0,6} (?:sera|vai ser|volta|voltara|"
        r"vai voltar) (?:devolvid[oa]|reenviad[oa]|pro remetente|para o remetente|ao remetente)"),
    "parcel_trouble": (
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
        r"(?:taxa|tarifa|imposto|deposito|valor) (?:\w+ ){0,6}(?:para|pra) (?:liberar|desbloquear|sacar|resgatar|"
        r"receber|retirar) (?:o |a |os |as |seu |sua |seus |suas |o seu |a sua )?(?:saldo|dinheiro|premio|"
        r"valor|fundos|encomenda|pacote|lucros?|emprestimo|credito|transferencia|heranca|indenizacao)"),
    # --- a payment, a deposit, today ------------------------------------------------------
    "payment_demand": (
        # "precisa pagar", "tem que depositar", "preciso de um deposito ... ainda hoje"
        r"(?:precisa|preciso|tem que|tenho que|tem de|tenho de|vai ter que|tera que|deve|devera) (?:\w+ )?"
        r"(?:pagar|depositar|efetuar o pagamento|fazer o pagamento|fazer um deposito|fazer o deposito|quitar|"
        r"transferir)|(?:preciso|precisamos|precisaria|precisariamos) de um deposito|"
        r"(?:pague|pagar|quite|quitar) (?:\w+ ){0,3}(?:hoje mesmo|ainda hoje|agora mesmo|imediatamente)|"
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
        r"molhou|avariou)|o (?:outro|antigo|velho) (?:celular |telefone |telemovel )?(?:quebrou|caiu na agua|caiu no "
        r"chao|foi roubado|estragou|avariou)|"
        rf"{_KIN}(?: \w+){{0,3}} (?:troquei|mudei) de (?:numero|celular|telemovel|chip)|"
        r"(?:esse|este) (?:e|eh) (?:o )?meu (?:novo numero|numero novo|novo celular|celular novo|novo telemovel)|"
        rf"(?:seu|sua|o seu|a sua|teu|tua) (?:neto|neta|filho|filha|sobrinho|sobrinha) (?:\w+ ){{0,2}}(?:esta|ta|foi) "
        r"(?:pres[oa]|detid[oa]|no hospital|na delegacia|na esquadra|envolvid[oa])"),
    "new_phone_steer": (
        r"(?:me )?(?:manda|mande|envia|envie) (?:uma )?mensagem (?:\w+ ){0,2}(?:nesse|neste|para este|pra esse|"
        r"para esse|pra este) (?:numero|celular|telemovel)|"
        r"(?:salva|salve|guarda|guarde|grava|grave) (?:esse|este|o meu|meu) (?:numero|contato|contacto) novo|"
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
        # "lucro garantido", "um saldo de 4300 dolares em bitcoin pra sacar"
        r"(?:lucros?|rendimentos?|retornos?|ganhos?) garantid[oa]s?|(?:saldo|lucros?|rendimentos?|ganhos)"
        r"(?: \w+){0,8} (?:em )?(?:bitcoin|cripto\w*|usdt|criptomoedas?)(?: \w+){0,3} (?:pra|para) (?:sacar|saque|"
        r"retirar)"),
    "platform_steer": (
        # "a nossa plataforma de investimentos", "o mentor manda os sinais", "nao tem risco nenhum"
        r"plataforma de (?:investimentos?|cripto\w*|trading|bitcoin|negociacao|opcoes binarias)|"
        r"(?:mentor|mentora|professor|professora|analista|especialista)(?: \w+){0,3} (?:manda|envia|passa|da) "
        r"(?:os |as )?(?:sinais|dicas|operacoes|entradas)|grupo (?:vip|privado|exclusivo) (?:de )?(?:investimentos?|"
        r"sinais|trading|cripto\w*)|(?:zero|nenhum) risco|nao (?:tem|ha) (?:nenhum )?risco|(?:nao|nunca) (?:vai|vais) "
        r"perder (?:dinheiro|nada)|carteira (?:de )?(?:bitcoin|cripto\w*|usdt)"),
    "job_offer": (
        r"trabalh\w+ (?:de|em|a partir de) casa|(?:ganhe|ganhar|ganha|ganhando) (?:ate )?(?:\w+ ){1,3}(?:reais|"
        r"dolares|euros) (?:por dia|por semana|por hora|diarios|semanais)|(?:curtir|avaliar|dar like em|dando like "
        r"em) (?:\w+ ){0,2}(?:videos|produtos|hoteis|posts)"),
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
        r"(?:me |nos )?(?:ligue|liga|ligar|retorne|retornar|retorna|telefone) de volta|"
        r"(?:retorne|retornar|devolva|devolver) (?:a|esta|essa|nossa|minha) (?:ligacao|chamada)|"
        r"(?:ligue|entre em contato|contacte|contate) (?:conosco|com a gente|nos) (?:\w+ )?(?:urgente|com urgencia|"
        r"imediatamente|hoje|agora)"),
    # --- what honest callers say ------------------------------------------------------------
    "legit_no_ask": (
        r"nunca (?:vamos |iremos )?(?:pedimos|pedir|pediremos|solicitamos|solicitaremos|solicitar|ligamos pedindo|"
        r"ligamos para pedir) (?:\w+ ){0,2}(?:senha|senhas|codigo|codigos|pin|dados|token|numero do cartao)|"
        r"(?:banco|nos|ninguem do banco) nunca (?:pede|pedira|vai pedir|solicita) (?:\w+ ){0,2}(?:senha|codigo|pin|"
        r"token)|(?:nao|nunca|jamais) (?:passe|informe|compartilhe|forneca|de|diga|fale|revele) (?:a sua |sua |o seu |"
        r"seu |a |o )?(?:senha|codigo|token) (?:a|para|pra|com) ninguem|nao (?:aceitamos|cobramos|fazemos) "
        r"(?:pagamentos?|cobrancas?) (?:por|pelo) telefone"),
    "legit_bank": (
        r"(?:numero|telefone) (?:que (?:esta|consta|aparece) )?(?:no|atras do) verso do (?:seu )?cartao"),
    "legit_appointment": (
        r"lembrete (?:da|de|do|sobre a|para a|para o) (?:sua |seu )?(?:consulta|exame|vacina|limpeza|cirurgia|"
        r"receita|visita|marcacao)|(?:sua|a) receita (?:ja )?(?:esta|ta|ficou) pront[oa]|(?:seu|o) (?:remedio|"
        r"medicamento) (?:ja )?(?:esta|ta) pronto|pront[oa] (?:para|pra) (?:retirada|retirar|buscar|pegar|"
        r"levantar)|confirmando (?:a sua |sua |a )?(?:consulta|limpeza|exame|visita|horario|marcacao)"),
    "legit_delivery": (
        r"(?:pedido|encomenda|pacote|entrega) (?:\w+ ){0,3}(?:sera|vai ser|foi) entregue|(?:saiu|esta) "
        r"(?:para|pra) entrega|entrega (?:esta )?(?:agendada|marcada|programada) (?:para|pra)"),
    "legit_no_action": (
        r"nao e (?:nada )?urgente|nada urgente|nao (?:precisa|e preciso|e necessario) (?:fazer nada|se preocupar)"),
}
