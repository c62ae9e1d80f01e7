"""The same evidence in Spanish: what robocalls to Spanish-speaking households say.

Scam robocalls in the US reach Spanish speakers in Spanish or half in Spanish ("hola, le
llamamos de la compañía de gas, su medidor será desconectado hoy"), and the honest notices
they mimic (pharmacies, consulates, banks' yes/no fraud alerts, county offices) speak Spanish
too.  Each entry adds Spanish phrases with the same meaning to the English signal of the same
key in ``_signals``, so the scorer weighs "será desconectado" as it weighs "will be
disconnected", and "nunca le pediremos su PIN" as "we will never ask for your PIN".

Patterns match the normalised text (lowercase, accents stripped: "será" reads "sera").  They
describe the behaviour, as the English rows do: a threat, a fee before something is freed,
an offer "sin importar su estatus" (whatever your immigration status), a deadline; never a
phrase of one campaign.
"""

from __future__ import annotations

__all__ = ["SPANISH"]

_WILL_BE = r"(?:sera|seran|va a ser|van a ser|puede ser|podria ser)"
_HELD = r"(?:envio|paquete|dinero|fondos|remesa|giro|reembolso|documentos|premio|pago)"
# a key to press, but not a language menu ("para espanol oprima dos"): honest notices have those too
_PRESS = (r"(?<!espanol )(?<!ingles )(?<!english )(?:oprima|oprime|presione|presiona|marque|marca|pulse) "
          r"(?:el )?(?:numero )?"
          r"(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|\d)")

SPANISH: dict[str, str] = {
    # --- threats and their consequences ---------------------------------------------------
    "listing_threat": (
        # "su listado de google no ha sido verificado y su negocio podria aparecer como cerrado permanentemente"
        r"(?:listado|pagina|perfil|ficha) de (?:su )?(?:negocio|google)(?: \w+){0,6} (?:no ha sido verificad[oa]|podria aparecer "
        r"como cerrad[oa])|aparecer como cerrad[oa] permanentemente"),
    "legal_threat": (
        r"suspendid[oa]|orden de arresto|oficina de inmigracion|lavado de dinero|orden contra usted|"
        r"(?:esta|fue) detenid[oa]|custodia de (?:ice|inmigracion)|(?:su )?visa sera cancelada|"
        # "su pasaporte sera anulado", "su caso sera cerrado"
        r"(?:caso|cita|solicitud) sera (?:cerrad|cancelad|negad)[oa]|"
        r"(?:pasaporte|visa|licencia|cuenta|estatus|status|permiso) (?:sera|va a ser) (?:anulad|cancelad|suspendid|"
        r"bloquead|revocad)[oa]|"
        rf"{_WILL_BE} (?:deportad|arrestad)[oa]s?|(?:su )?caso (?:se pasa|pasa|sera enviado) a inmigracion|"
        # "hay una orden judicial a su nombre", "el caso pasara a la policia", "una investigacion en su contra"
        r"orden judicial|(?:el|su) caso (?:pasara|sera (?:enviado|transferido)) a (?:la )?(?:policia|corte|fiscalia)|"
        r"investigacion en su contra|embargos? (?:de (?:cuenta|salario)|bancarios?)"),
    "utility_cutoff": (
        rf"{_WILL_BE} (?:desconectad|cortad)[oa]s?|(?:evitar|para evitar) (?:el|la) (?:corte|desconexion)|"
        r"(?:cortar|desconectar|suspender|cortarle) (?:su|el|la) (?:servicio|luz|gas|agua|electricidad|medidor)|"
        r"corte (?:de|del) (?:servicio|luz|gas|agua|electricidad)|(?:detener|parar) el corte|"
        r"(?:cuadrilla|tecnico|camion) (?:ya )?(?:va|esta|viene) en camino|departamento de desconexion(?:es)?|"
        r"(?:se queda|quedarse|quedara|se va a quedar) sin (?:luz|gas|agua|servicio)"),
    "consequence": (
        rf"{_WILL_BE} (?:cancelad|suspendid|bloquead|congelad|negad|cerrad|anulad|desactivad|detenid)[oa]s?|"
        r"(?:perdera|pierda|pierde|perder|va a perder) (?:su|sus) (?:beneficios|permiso|estatus|status|caso|"
        r"cobertura|servicio|dinero|cuenta|licencia)|(?:esta|estan) en riesgo"),
    "tax_debt": (
        r"(?:debe|adeuda|deuda de|deuda con el) (?:\w+ ){0,3}(?:impuestos|irs|i r s|hacienda)|"
        r"impuestos (?:atrasados|pendientes?|no pagados|sin pagar)|multa (?:de impuestos|pendiente)|"
        r"error en (?:sus|su declaracion de) impuestos|su deuda (?:es|asciende)"),
    # --- the demand: pay, deposit, a fee before something held is freed -------------------------
    "payment_demand": (
        r"(?:necesita|tiene que|debe|debera|tendra que) (?:hacer (?:un|el) )?(?:pagar|depositar|deposito|"
        r"enviar (?:el |un )?(?:pago|dinero|deposito))|(?:solo )?falta (?:el )?(?:pago|pagar|cubrir|deposito)|"
        r"(?:tiene|tendra) que cubrir|"
        r"si no paga (?:hoy|ahora|antes)|pague (?:hoy|ahora|de inmediato|inmediatamente)"),
    "fee_to_release": (
        rf"(?:liberar|desbloquear) (?:el |su |sus |los |las |la )?{_HELD}|"
        rf"(?:pago|deposito|impuesto|cuota|tarifa|arancel) (?:\w+ ){{0,8}}para (?:recibir|liberar) "
        rf"(?:el |su |sus |los |las |la )?{_HELD}"),
    "parcel_trouble": (
        r"(?:paquete|envio|remesa|giro|envio de dinero)(?: \w+){0,4} (?:esta |fue )?(?:retenid|detenid|bloquead)[oa]|"
        r"(?:paquete|envio) (?:\w+ ){0,3}en (?:la )?aduana|(?:sera )?devuelto al remitente|no se pudo entregar|"
        r"en (?:estado de )?retencion"),
    # --- the offer: qualify for a plan "whatever your status", a program with few places ---------
    "eligibility": (
        r"usted (?:ya )?(?:califica|es elegible)|(?:aparece|salio) (?:como )?(?:pre ?aprobad|seleccionad)[oa]|"
        r"(?:califica|calificar) para|(?:sin importar|no importa) su "
        r"(?:estatus|status|situacion)(?: migratori[oa])?|aunque no tenga (?:papeles|seguro|documentos)|"
        r"arreglar (?:sus|los) papeles|(?:nueva|la nueva) (?:ley|amnistia)|"
        r"(?:acelerar|agilizar) (?:su|el) (?:caso|tramite|proceso|renovacion|permiso)"),
    "benefits_offer": (
        # "una faja para la espalda sin costo para usted" (the brace campaign in Spanish)
        r"(?:faja|rodillera|soporte|aparato|monitor) (?:\w+ ){0,5}sin costo|"
        r"(?:nuevo )?(?:seguro (?:medico|de salud)|plan (?:de salud|medico)|cobertura medica)(?: \w+){0,8} "
        r"(?:para inmigrantes|sin importar|aunque no|sin papeles|de cero dolares|por solo|al mes)|"
        r"(?:estampillas|cupones) de (?:comida|alimentos)(?: \w+){0,6} (?:oprima|presione|llame)"),
    "debt_relief": (
        r"(?:eliminar|reducir|perdonar|consolidar|borrar) (?:\w+ ){0,4}(?:sus |tus |su )?(?:deudas?|prestamos?)|"
        r"alivio de deudas|perdon de (?:deudas|prestamos)"),
    "investment": (
        r"ganancias (?:garantizadas|de (?:\w+ ){1,4}(?:dolares|por ciento))|(?:plataforma|inversiones?) (?:de )?"
        r"(?:criptomonedas|cripto|bitcoin)|(?:listas?|listos?) para retirar"),
    "job_offer": (
        r"(?:trabajar|trabajo|trabaje) desde (?:casa|su casa|tu casa)|gan(?:as|a|e|ar) hasta (?:\w+ ){1,3}"
        r"(?:dolares|pesos) (?:diarios|al dia|por dia|semanales|a la semana)|dandole like|dando like|"
        r"(?:calificando|calificar|evaluando) (?:productos|videos|hoteles|aplicaciones)|(?:el )?pago es diario"),
    "off_platform": r"(?:por|al|en|a mi) (?:whatsapp|telegram)",
    "lawsuit_notice": (
        r"demanda (?:pendiente|en su contra|contra usted)|(?:orden|citatorio|citacion) (?:de|del) (?:la )?corte|"
        r"(?:documentos|papeles) legales"),
    # --- the grandchild in trouble: "abuela soy yo, estoy en la carcel, no le digas a mi mama" ----
    "family_emergency": (
        r"(?:abuela|abuelita|abuelo|abuelito|tia|tio) soy yo|(?:estoy|esta) en la carcel|(?:tuve|tuvo) un accidente|"
        r"(?:estoy|esta) detenid[oa]|(?:me|lo|la) tienen detenid[oa]|un abogado (?:te|le) va a llamar|"
        r"tu (?:nieto|nieta|sobrino|sobrina|hijo|hija) "
        r"(?:esta|tuvo|fue)|tenemos a su (?:hija|hijo|nieto|nieta|esposo|esposa)|"
        # the courier for the bail: "el mensajero pasara por su casa a recoger el efectivo"
        r"(?:mensajero|chofer|agente) (?:\w+ ){0,6}(?:recoger|buscar) el (?:efectivo|dinero)|(?:dinero|efectivo) en un "
        r"sobre"),
    "secrecy": (
        r"no le (?:digas|diga|cuentes|cuente) (?:nada )?a (?:nadie|mi|su|tu)|no se lo (?:digas|diga) a nadie|"
        r"no (?:llame|llames|le avise|avise) a la policia|"
        r"(?:mantenga|mantengalo|guarde|guardalo) (?:esto |todo )?en secreto"),
    "money_plea": (
        r"(?:mandes|mande|envies|envie|deposites|deposite) (?:el |la )?(?:dinero|fianza)|necesito que me mandes"),
    "prize": (
        r"felicidades usted|(?:ha|a) sido seleccionad[oa]|fue seleccionad[oa] para recibir|reclame su (?:regalo|premio)|loteria de visas|usted (?:ha |a )?ganado|crucero gratis|"
        r"gano un (?:crucero|premio|viaje|carro|auto)|su numero salio"),
    # --- the pitch: a lower rate on the cards, a lapsed car plan ----------------------------------
    "rate_reduction": (
        r"reduc(?:ir|cion de) (?:\w+ ){0,3}(?:interes|tasas?)|(?:bajar|rebajar) (?:sus |la |las )?tasas?"),
    "warranty": (
        r"(?:plan|contrato|garantia) (?:de (?:reparaciones|servicio|proteccion) )?(?:\w+ ){0,3}(?:vencid[oa]|vence|"
        r"expira|expirad[oa])|proteccion (?:automotriz|vehicular)|garantia (?:de su|del) (?:vehiculo|carro|auto)"),
    # --- what the caller wants at hand or disowned --------------------------------------------
    "ask_card": (
        r"(?:tenga|tener) (?:su|la) (?:tarjeta de (?:debito|credito)|numero de (?:tarjeta|cuenta))(?: \w+){0,2} "
        r"(?:a la mano|lista|listo)|(?:el )?numero de (?:su )?tarjeta (?:de (?:debito|credito) )?(?:completo|y la "
        r"fecha)"),
    "unexpected_charge": (
        r"si usted no (?:hizo|realizo|reconoce) (?:este|esta) (?:pedido|compra|cargo)|pedido (?:\w+ ){0,6}fue enviado "
        r"a una direccion"),
    # --- the robocall's key: "presione uno para hablar con un agente" ----------------------------
    "robocall": _PRESS,
    "press_to_act": (
        # ("re registrarse" is normalised as "regarding registrarse", the shorthand "re" spelled out)
        rf"{_PRESS} (?:para (?:hablar|comunicarse|inscribirse|pagar|evitar|liberar|renovar|(?:regarding )?registrarse|"
        r"aplicar|calificar|reclamar|recibir|activar|ser transferido|mas informacion)|ahora|hoy|ya)|"
        rf"{_PRESS}$|{_PRESS} y (?:un|una|le|lo|la) |"
        # the key after its purpose: "para re registrarse oprima uno", and the language menu that English
        # robocalls' "para espanol" matches too ("para continuar en espanol oprima 1")
        r"para (?:(?:regarding )?registrarse|inscribirse|calificar|reclamar|hablar|evitar|pagar|liberar)(?: \w+){0,4} "
        r"(?:oprima|presione|marque)|en espanol (?:oprima|presione|marque)"),
    # --- pressure ---------------------------------------------------------------------------
    "urgency": (
        r"hoy mismo|(?<!no es )(?<!nada )urgente|de inmediato|inmediatamente|cuanto antes|lo antes posible|"
        r"ahora mismo|(?:llame|oprima|presione|marque|llamenos) (?:\w+ )?(?:ahora|hoy)"),
    "callback_demand": (
        r"llamenos|llameme|devuelvame la llamada|(?:llame|marque) (?:al|a este numero|de vuelta)|"
        r"comuniquese (?:con nosotros|con nuestra oficina|al)|"
        r"(?:regrese|devuelva|regresenos) (?:la|esta|nuestra) llamada"),
    "deadline": (
        r"antes (?:de las|del dia|del|de) (?:\w+ )?(?:de la (?:tarde|manana|noche)|lunes|martes|miercoles|jueves|"
        r"viernes|sabado|domingo|fin de mes|\d+|una|dos|tres|cuatro|cinco|seis)|"
        r"(?:vence|termina|cierra|expira|se cierra) (?:pronto|hoy|manana|esta semana|este (?:viernes|mes|lunes))|"
        r"ultim[oa] (?:aviso|oportunidad|dia)|cupos (?:son |estan )?limitados|cupos se estan llenando|"
        r"(?:dentro de|en las proximas) (?:\w+ ){1,2}(?:horas|dias)|tiene (?:\w+ ){1,2}horas para"),
    "unsolicited_alert": (
        r"(?:hay|tenemos|detectamos|encontramos|detecto|encontro) (?:un|una) (?:problema|error|irregularidad) "
        r"(?:con|en) su|"
        r"actividad sospechosa en su"),
    # --- what honest notices say --------------------------------------------------------------
    "legit_no_ask": (
        r"nunca le (?:pediremos|vamos a pedir|pedimos|solicitaremos|llamaremos para pedir) (?:su |sus )?"
        r"(?:pin|contrasena|clave|numero|pago|informacion|datos|dinero)|no (?:hay|aceptamos) (?:pagos|cobros) por "
        r"telefono|no cobramos (?:nada|por)|(?:el pago|el tramite) se (?:paga|hace) en (?:la ventanilla|persona|el "
        r"consulado)"),
    "legit_bank": r"(?:numero|telefono) (?:que aparece )?(?:en el|al|del) reverso de su tarjeta",
    "legit_appointment": (
        r"recordatorio (?:de|para) (?:su )?(?:cita|receta)|(?:le )?(?:recordamos|recuerda|recordarle) su cita|"
        r"su receta (?:esta|de|para)|lista para recoger"),
    "legit_press": (
        r"si (?:usted )?(?:la|lo) hizo(?: \w+){0,3} (?:oprima|presione|marque)|si no (?:la|lo) (?:hizo|reconoce)"
        r"(?: \w+){0,2} (?:oprima|presione|marque)|para (?:repetir|escuchar) (?:este|el) mensaje|"
        # a key to hear, accept, renew or book ("para aceptar el cambio, oprima 1"), or to answer yes or no
        r"para (?:pedir|escuchar|aceptar|renovar|comenzar|confirmar|cancelar|reprogramar|programar|repetir|contestar|"
        r"participar)(?: \w+){0,6} (?:oprima|presione|marque)|si (?:fue usted|es suya|la compra es suya)(?: \w+){0,4} "
        r"(?:oprima|presione|marque)"),
    "legit_delivery": (
        r"(?:paquete|pedido|envio) (?:sera|va a ser|fue) entregado|(?:no )?se requiere firma"),
    "legit_no_action": r"no es urgente|no (?:necesita|tiene que) hacer nada",
}
