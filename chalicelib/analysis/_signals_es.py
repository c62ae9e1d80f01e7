"""The same evidence in Spanish: what robocalls to Spanish-speaking households say.

Scam robocalls in the US reach Spanish speakers in Spanish or half in Spanish ("hola, le
llamamos de la compañía de gas, su medidor será desconectado hoy"), and the honest notices
they mimic (pharmacies, consulates, banks' yes/no fraud alerts, county offices) speak Spanish
too.  Each entry adds Spanish phrases with the same meaning to the English signal of the same
key in ``_signals``, so the scorer weighs "será desconectado" as it weighs "will be
disconnected", and "nunca le pediremos su PIN" as "we will never ask for your PIN".

The layer reads texts too (SMS and WhatsApp), since Spanish smishing in Spain, Mexico and Latin
America is the same fraud by message: a traffic fine or a toll "pendiente" with "evite recargos", a
parcel "retenido" until its customs fee is paid, the bank's "se ha programado un cargo ... le
llamara nuestro departamento de seguridad" (the call promised is the lure), a code "que te llego
sin querer, me lo reenvias?", a Bizum or Yape "mistaken" payment to send back or a request to
"accept" with the PIN, "hola mama, este es mi numero nuevo" with a transfer or a CLABE to follow, a
refund or a tax debt on a look-alike site, a job "online" paid daily, a trading robot.  Texts from Spain,
Mexico, Colombia, Chile and Argentina (2025-26) add the alert that promises the call itself ("un ejecutivo le
llamara en unos minutos, no cuelgue y tenga su tarjeta a la mano") or wants a reply to reach "seguridad", the
link sent only once the reader answers ("responde 1 para recibir el enlace"), a relative who "ya tiene numero
nuevo" and asks "me pasas 600 por Bizum?" because "no me va la app", a task paid "por tarea" with no
experience asked: the same lures with no link at all, so the words must carry them.  Entries
under the SMS signals' keys (``_signals_sms``: ``fine_due``, ``pay_fee``, ``new_number``,
``sms_code_ask``, ``reversal_plea``, ``call_coming`` ...) weigh them as the English rows do; the
honest texts they mimic say what is read as honest: a code "no lo compartas con nadie", a card
alert that sends the reader to the bank's own app or to the number on the card, "has recibido"
a Bizum, a relative's new number that asks for nothing.

Patterns match the normalised text (lowercase, accents stripped: "será" reads "sera").  They
describe the behaviour, as the English rows do: a threat, a fee before something is freed,
an offer "sin importar su estatus" (whatever your immigration status), a deadline; never a
phrase of one campaign.
"""

from __future__ import annotations

__all__ = ["SPANISH"]

_WILL_BE = r"(?:sera|seran|va a ser|van a ser|puede ser|podria ser)"
_HELD = r"(?:envio|paquete|dinero|fondos|remesa|giro|reembolso|documentos|premio|pago)"
# A sum as texts write it once normalised: "1,99 EUR" reads "1 99 eur", "$49 MXN" reads "dollar 49 mxn",
# "S/ 350.00" (Peru) reads "s 350 00"
_MONEY = r"(?:(?:s )?dollar \d+(?: \d+)*|\d+(?: \d+)* (?:eur|euro|euros|mxn|soles|pesos|usd|clp|cop|ars|pen|uyu))"
_PHONE = r"(?:movil|celular|celu|cel|telefono|telefonito|iphone)"
# a new phone announced: "este es mi numero nuevo", "te escribo desde uno prestado"
_NEW_PHONE = (rf"(?:numero nuevo|nuevo numero|{_PHONE} nuevo|nuevo {_PHONE}|(?:numero|{_PHONE}|uno) prestado)")
# a code the reader was just sent ("un codigo de 6 digitos por sms", "el codigo que te llego"), not a gate's
# or a wifi's code
_SENT_CODE = (r"codigo(?: \w+){0,5} (?:que te (?:ha |he |han )?(?:llego|llega|llegara|va a llegar|acaba de llegar|"
              r"mande|mandado|mandaron|enviaron|enviado|envie)|que (?:recibiste|recibio|ha recibido|has recibido|"
              r"acaba de recibir|acabas de recibir)|recibido|por sms|de \d+ digitos|de (?:cuatro|cinco|seis|ocho) "
              r"digitos|de verificacion|de seguridad|de whatsapp|sin querer|por error|por equivocacion)")
# "in a moment": the call promised by the text
_SOON = (r"(?:en breve|en breves (?:momentos|minutos)|en unos (?:minutos|momentos)|en los proximos minutos|"
         r"a la brevedad|enseguida|en seguida)")
_WILL_CALL = (r"(?:le|te|lo|la) (?:llamara|llamaran|contactara|contactaran|va a llamar|van a llamar|va a contactar|"
              r"van a contactar|llamaremos|contactaremos|estara llamando)")
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
        # the extortionist's fee for being left alone: "me pagaron para darte piso", "todos los pilotos pagan la renta",
        # "los muchachos que controlan la colonia", "somos los que mandamos aqui", "de la familia michoacana"
        r"(?:darte|darle|cobrar(?:le|te)?) (?:el )?piso|cobro de piso|pagan? (?:la )?(?:renta|cuota|vacuna|cupo|"
        r"proteccion)|(?:diarios|semanales|mensuales|a la semana|al mes|al dia) de (?:cupo|vacuna|proteccion|piso)|"
        r"(?:colaborar|cooperar) con (?:\w+ ){1,3}(?:semanales|diarios|mensuales|a la semana|al mes)|grupo armado|"
        r"(?:un|el) (?:recuerdito|regalito)|(?:los muchachos|los "
        r"que) (?:que )?(?:controlan|mandamos|mandan) (?:la colonia|aqui|la zona|el barrio)|(?:de parte|somos) de(?: la)? "
        r"(?:familia michoacana|cartel|clica|mara|la letra|los zetas)|"
        r"suspendid[oa]|orden de arresto|oficina de inmigracion|lavado de dinero|orden contra usted|"
        r"(?:esta|fue) detenid[oa]|custodia de (?:ice|inmigracion)|(?:su )?visa sera cancelada|"
        # "su pasaporte sera anulado", "su caso sera cerrado"
        r"(?:caso|cita|solicitud) sera (?:cerrad|cancelad|negad)[oa]|"
        r"(?:pasaporte|visa|licencia|cuenta|estatus|status|permiso) (?:sera|va a ser) (?:anulad|cancelad|suspendid|"
        r"bloquead|revocad)[oa]|"
        rf"{_WILL_BE} (?:deportad|arrestad)[oa]s?|(?:su )?caso (?:se pasa|pasa|sera enviado) a inmigracion|"
        # "hay una orden judicial a su nombre", "el caso pasara a la policia", "una investigacion en su contra"
        r"orden judicial|(?:el|su) caso (?:pasara|sera (?:enviado|transferido)) a (?:la )?(?:policia|corte|fiscalia)|"
        r"investigacion en su contra|embargos? (?:de (?:cuenta|salario)|bancarios?)|"
        # extortion with no brand: "si no paga el lunes le quemamos una unidad", "a su familia no le pasa nada",
        # "me pagaron para darle un levanton", "tengo a dos de mis halcones en la esquina", "una vacuna mensual"
        r"si no (?:paga|pagas|colabora|colaboras|coopera|cooperas|deposita|consigna)(?: \w+){0,8} (?:le|te|lo|la|les) "
        r"(?:quemamos|matamos|levantamos|pasa algo|va a pasar algo|vamos a|cae|toca)|"
        r"(?:a su|a tu) familia no le (?:pasa|va a pasar) nada|levanton|mis halcones|"
        r"(?:tenemos|tengo) (?:a su|a tu) familia (?:ubicada|vigilada|checada)|(?:vacuna|cupo|piso) (?:semanal|mensual|"
        r"diari[oa])"),
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
        r"error en (?:sus|su declaracion de) impuestos|su deuda (?:es|asciende)|"
        # a tax number "with inconsistencies", a debt "in your name", a fine "not paid"
        r"(?:rfc|nif|cuit|cuil|rut|declaracion|situacion fiscal|expediente fiscal)(?: \w+){0,3} (?:presenta|tiene|con) "
        r"(?:inconsistencias|irregularidades|discrepancias|errores|adeudos)|"
        r"(?:registramos|registra|tiene|tienes|existe|consta) (?:una )?deuda (?:de|con) (?:\w+ ){0,2}(?:hacienda|"
        r"impuestos|monotributo|la agencia tributaria|aeat|sat|dian|arca|afip|sunat|seguridad social|iva)|"
        r"deuda (?:\w+ ){0,3}a (?:tu|su) nombre|"
        r"(?:sancion|multa|infraccion)(?:es)? (?:\w+ )?(?:no abonadas?|sin pagar|impagadas?|no pagadas?)"),
    # the social security number "suspended" and the account "with suspicious activity", as the English rows read them
    "ask_ssn": (
        r"(?:numero de )?seguro social (?:\w+ ){0,3}(?:suspendid|bloquead|cancelad|comprometid|congelad)[oa]|"
        r"(?:confirme|confirmar|verifique|verificar|proporcione|proporcionar|deme|digame|necesito) (?:su |tu )?"
        r"(?:numero de )?seguro social|"
        # "tenga listo su numero a, su seguro social y un pago de correccion"
        r"(?:tenga|tener|tengan) (?:listo|lista|a la mano) su (?:numero a|numero de seguro social|seguro social)"
        r"(?: \w+){0,4} (?:seguro social|pago)"),
    "bank_fraud": (
        r"actividad (?:sospechosa|fraudulenta)|(?:cargo|compra|transaccion|retiro)s? (?:no autorizad|"
        r"no reconocid|sospechos)[oa]s?|"
        # the alert the fake security desk opens with: "se detecto un acceso a su banca en linea desde un dispositivo",
        # "movimientos irregulares", "un bloqueo preventivo", "una compra pendiente de autorizar", "un usuario nuevo"
        r"(?:acceso|ingreso|inicio de sesion)(?: \w+){0,6} desde (?:un|otro) (?:dispositivo|celular|equipo|telefono)|"
        r"(?<!ningun )(?<!no hay )(?<!no veo )movimientos? (?:irregulares?|inusuales?|extranos?)|bloqueo preventivo|"
        r"(?:compra|cargo|retiro|transferencia) pendiente de (?:autorizar|aprobar|confirmar)|"
        r"(?:se intento|intentaron hacer|intentaron) (?:un|una) (?:retiro|compra|transferencia|cargo)"),
    # the device "hackeado" (tech support in Spanish: "su iphone ha sido hackeado desde otro pais")
    "device_infected": (
        r"(?:ha|han) sido hackead[oa]s?|(?:esta|estan|fue|fueron) hackead[oa]s?|hackearon (?:su|tu|sus|tus)|"
        r"(?:computadora|telefono|celular|iphone|cuenta|equipo|router)(?: \w+){0,3} (?:tiene|tienen) (?:un |algun )?virus|"
        # "detectamos que hackers estan usando su internet ... no apague la computadora"
        r"(?:hackers?|piratas?) (?:\w+ )?(?:esta|estan) (?:usando|entrando a|metidos en) (?:su|tu) (?:internet|computadora|red|"
        r"wifi|conexion|equipo|telefono)|no (?:apague|apagues) (?:la|su|tu) (?:computadora|compu|pc|ordenador|equipo)"),
    # --- the demand: pay, deposit, a fee before something held is freed -------------------------
    "payment_demand": (
        r"(?:necesita|tiene que|debe|debera|tendra que) (?:hacer (?:un|el) )?(?:pagar|pago|depositar|deposito|"
        r"enviar (?:el |un )?(?:pago|dinero|deposito))|(?:solo )?falta (?:el )?(?:pago|pagar|cubrir|deposito)|"
        r"(?:tiene|tendra) que cubrir|"
        r"si no paga (?:hoy|ahora|antes)|pague (?:hoy|ahora|de inmediato|inmediatamente)|"
        # paid where the caller says: "usted consigna por nequi", "tiene que depositar en oxxo con una referencia que yo
        # le doy", "haga un pago movil", "transfiera a la clabe" (the caller's "usted" or "tiene que", not a relative's
        # "ya te mande los 200 por zelle": Zelle, Cash App and Bizum are how families pay each other)
        r"(?:(?<!te )(?<!ya )(?:consigna|consigne|consignele|deposite|pague|transfiera|haga)|(?:tiene que|debe|va a|"
        r"necesita) (?:consignar|depositar|pagar|transferir|hacer|mandar|enviar))(?: \w+){0,5} "
        r"(?:por|en|a|con|desde) (?:un |una |el |la )?(?:oxxo|nequi|daviplata|efecty|baloto|tigo money|pago movil|"
        r"elektra|yape|plin|transfer365|western union|moneygram|(?:la )?clabe|"
        r"(?:una |la )?linea de captura|(?:una |la )?referencia que)\b|"
        r"(?:haga|hacer|hace|me hace) un pago movil|"
        # ... or the channel named first: "le mandamos un numero de nequi y usted consigna hoy"
        r"(?:nequi|daviplata|efecty|tigo money|pago movil|oxxo|elektra|yape|plin|clabe)(?: \w+){0,6} usted (?:consigna|"
        r"consigne|deposita|deposite|paga|pague|transfiere|transfiera)\b"),
    "fee_to_release": (
        rf"(?:liberar|desbloquear) (?:el |su |sus |los |las |la )?{_HELD}|"
        rf"(?:pago|deposito|impuesto|cuota|tarifa|arancel) (?:\w+ ){{0,8}}para (?:recibir|liberar) "
        rf"(?:el |su |sus |los |las |la )?{_HELD}|"
        # the fee asked before the money comes: "para liberarlo tiene que pagar la comision", "para depositarselo tiene
        # que hacer un tramite que cuesta", "primero tiene que pagar la poliza de desembolso", "pague la primera cuota
        # por adelantado como garantia", "las recargas son para los impuestos del premio"
        r"para (?:liberarl[oe]|liberarsel[oa]|depositarsel[oa]|depositarle|desembolsar(?:le|selo)?|entregarsel[oa]|"
        r"entregarle|procesarle|cobrarl[oa]|recibirl[oa]|enviarsel[oa])(?: \w+){0,8} (?:tiene que|debe|necesita|hay que|"
        r"ocupa) (?:pagar|hacer un pago|depositar|cubrir|comprar|hacer un tramite)|"
        r"(?:comision|poliza|seguro|gastos|tramite|impuesto|cuota)s? (?:de|del|por) (?:apertura|desembolso|liberacion|"
        r"administrativos|adelantado|envio del premio)(?: \w+){0,6} (?:son|es de|cuesta|que son|de) |"
        r"(?:primera cuota|cuota) por adelantado|(?:para|son para) (?:pagar )?los impuestos del premio"),
    "parcel_trouble": (
        r"(?:paquete|envio|remesa|giro|envio de dinero|transferencia)(?: \w+){0,4} (?:esta |fue |quedo |ha quedado )?"
        r"(?:retenid|detenid|bloquead)[oa]|"
        r"(?:paquete|envio) (?:\w+ ){0,3}en (?:la )?aduana|(?:sera )?devuelto al remitente|no se pudo entregar|"
        r"en (?:estado de )?retencion|"
        # the courier's missed delivery that needs the reader: "no pudimos entregar tu paquete", "domicilio incompleto"
        r"no (?:hemos |he )?(?:podido|pudimos|pudo) entregar(?:le|te)? (?:su|tu|el) (?:paquete|envio|pedido)|"
        r"(?:paquete|envio|pedido|encomienda)(?: \w+){0,4} no (?:se )?(?:pudo|ha podido|puede) (?:ser )?entregar(?:se)?\b|"
        r"(?:domicilio|direccion) (?:incomplet[oa]|incorrect[oa]|erronea)|"
        r"(?:paquete|envio|pedido|compra)(?: \w+){0,4} (?:esta |quedo |ha quedado )?(?:detenid|retenid)[oa] en "
        r"(?:el|la) (?:centro|almacen|oficina|aduana)"),
    # --- the offer: qualify for a plan "whatever your status", a program with few places ---------
    "eligibility": (
        r"usted (?:ya )?(?:califica|es elegible)|(?:aparece|salio) (?:como )?(?:pre ?aprobad|seleccionad)[oa]|"
        r"(?:califica|calificar) para|(?:sin importar|no importa) su "
        r"(?:estatus|status|situacion)(?: migratori[oa])?|aunque no tenga (?:papeles|seguro|documentos)|"
        r"arreglar (?:sus|los) papeles|(?:nueva|la nueva) (?:ley|amnistia)|(?:para|a) (?:personas|gente) sin papeles|"
        r"(?:acelerar|agilizar) (?:su|el) (?:caso|tramite|proceso|renovacion|permiso)|"
        # money the reader is "entitled to": "tiene derecho a una devolucion", "le corresponde un reembolso"
        r"(?:tiene|tienes) derecho a (?:una |un |recibir (?:una |un )?)?(?:devolucion|reembolso|ayuda|bono|subsidio|"
        r"indemnizacion|compensacion|reintegro)|(?:le|te) corresponde (?:una |un )?(?:devolucion|reembolso|ayuda|bono|"
        r"indemnizacion|compensacion|reintegro)"),
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
        r"(?:criptomonedas|cripto|bitcoin)|(?:listas?|listos?) para retirar|"
        # a return counted by the day or the week ("3% diario" reads "3 diario")
        r"(?:ganancias|rentabilidad|beneficios|rendimientos?|gana|ganar|gane|ganas) (?:de |del )?(?:hasta )?\d+ "
        r"(?:por ciento )?(?:al dia|a la semana|por dia|por semana|diario|diaria|semanal)|(?:ganancias|rentabilidad|"
        r"rendimientos?) (?:diari[oa]s|asegurad[oa]s)|"
        # the stock group's free signals: "el grupo de acciones del profesor ... comparte 3 senales gratis"
        r"(?:grupo|club|comunidad) de (?:acciones|inversion(?:es)?|trading|cripto\w*|bolsa)\b|senales (?:gratis|gratuitas)|"
        r"rendimiento (?:medio|promedio) (?:del? )?\d+|"
        # "invierte 5 000 pesos y recibe 45 000 en 7 dias"
        r"invier(?:te|ta|tes) (?:\w+ )?\d+(?: \d+)?(?: (?:pesos|euros|dolares|reales|soles))? y (?:recibe|reciba|gana|gane|"
        r"obten|obtenga) \d+|"
        # the friend's own winnings and the small stake: "mis ganancias con bitcoin ... puedes empezar con solo 250"
        r"mis ganancias (?:con|en) (?:el |la )?(?:bitcoin|cripto\w*|forex|trading|la plataforma)|(?:puedes|puede) "
        r"(?:empezar|comenzar|iniciar) con (?:solo|solamente|nada mas) (?:dollar )?\d+"),
    "job_offer": (
        r"(?:trabajar|trabajo|trabaje) desde (?:casa|su casa|tu casa)|gan(?:as|a|e|ar) hasta (?:\w+ ){1,3}"
        r"(?:dolares|pesos) (?:diarios|al dia|por dia|semanales|a la semana)|dandole like|dando like|"
        r"(?:calificando|calificar|evaluando) (?:productos|videos|hoteles|aplicaciones)|(?:el )?pago es diario|"
        # daily earnings: "60-300 euros diarios", "gana 500 pesos al dia"; a job "desde casa" with a word between
        rf"{_MONEY} (?:diarios|diarias)|(?:gana|ganar|gane|ganas|ganes|ganancias?|cobra|cobrar|cobras|sueldo|"
        rf"ingresos?)(?: \w+){{0,3}} {_MONEY}(?: \w+)? (?:al dia|por dia|diarios|diarias)|"
        r"(?:trabajo|empleo|trabajar)(?: \w+){1,2} desde (?:casa|su casa|tu casa)|"
        r"(?:dar|darle) (?:like|likes|me gusta) a (?:videos|publicaciones|productos)"),
    # ... and "mandame whatsapp" with no preposition
    "off_platform": r"(?:por|al|en|a mi) (?:whatsapp|telegram)|(?:mandame|mandeme|escribeme|escribame|enviame) (?:un )?"
                    r"(?:mensaje )?(?:whatsapp|wasap|telegram)",
    # the pastor's or the boss's errand: "podrias comprar cuatro tarjetas de apple ... y mandarme foto de los numeros"
    "gift_card_demand": (
        # a bond or a fine paid with cards: "la fianza ... se puede pagar hoy con tarjetas de regalo"
        r"(?:pagar|pague|pagarla|pagarlo|paga|pago) (?:\w+ ){0,3}con tarjetas (?:de )?(?:regalo|apple|google play|itunes|amazon|"
        r"steam|vanilla)|"
        r"(?:comprar|compra|comprame|compres|comprarme) (?:\w+ ){0,3}tarjetas (?:de )?(?:regalo|apple|google play|itunes|"
        r"amazon|steam|vanilla)(?: \w+){0,14} (?:foto|numeros|codigos)"),
    "lawsuit_notice": (
        r"demanda (?:pendiente|en su contra|contra usted)|(?:orden|citatorio|citacion) (?:de|del) (?:la )?corte|"
        r"(?:documentos|papeles) legales"),
    # --- the grandchild in trouble: "abuela soy yo, estoy en la carcel, no le digas a mi mama" ----
    "family_emergency": (
        # the new phone's story: "se me cayo el movil al agua", "me robaron el celular"
        rf"se me (?:ha )?(?:cayo|caido|rompio|roto|dano|danado|mojo|mojado|perdio|perdido|descompuso) (?:el |mi )?"
        rf"{_PHONE}|me (?:robaron|han robado|quitaron|han quitado) (?:el |mi )?{_PHONE}|(?:perdi|rompi|he perdido|"
        rf"he roto) (?:el |mi )?{_PHONE}|"
        rf"(?:tengo|traigo) (?:el|mi) {_PHONE} (?:roto|danado|descompuesto|sin servicio|en reparacion)|"
        rf"(?:el|mi) (?:otro|viejo|anterior)"
        rf"(?: numero| {_PHONE})? se me (?:cayo|rompio|dano|mojo|perdio|descompuso)|"
        r"(?:abuela|abuelita|abuelo|abuelito|tia|tio) soy yo|(?:estoy|esta) en la carcel|(?:tuve|tuvo) un accidente|"
        r"(?:estoy|esta) detenid[oa]|(?:me|lo|la) tienen detenid[oa]|un abogado (?:te|le) va a llamar|"
        # the virtual kidnapper: "la levantamos saliendo de la escuela", "aqui lo tenemos amarrado", "se la regresamos en
        # pedazos", "si usted cuelga"
        r"(?:la|lo|los) (?:levantamos|levantaron|tenemos amarrad[oa]s?)|(?:se la|se lo) (?:regresamos|devolvemos|mandamos) "
        r"en pedazos|(?:su|tu) (?:hij[oa]|muchach[oa]|niet[oa]|espos[oa]|cabro|cabra|marido) (?:esta|estan) con nosotros|"
        r"(?:se encuentra|esta|lo tenemos|la tenemos) retenid[oa] por nosotros|la persona que tiene a su (?:marido|esposo|hij[oa])|"
        # the stop at the border and the kidnapper's "we have him here"
        r"me (?:agarro|agarraron|detuvo|detuvieron) (?:la )?(?:migracion|migra|patrulla)|(?:lo|la) tenemos (?:aqui|aca|con "
        r"nosotros)|"
        r"tu (?:nieto|nieta|sobrino|sobrina|hijo|hija) "
        r"(?:esta|tuvo|fue)|tenemos a su (?:hija|hijo|nieto|nieta|esposo|esposa)|"
        # the courier for the bail: "el mensajero pasara por su casa a recoger el efectivo"
        r"(?:mensajero|chofer|agente) (?:\w+ ){0,6}(?:recoger|buscar) el (?:efectivo|dinero)|(?:dinero|efectivo) en un "
        r"sobre"),
    # the card collected at the door "to destroy it": "vamos a mandar un mensajero a su domicilio a recoger el plastico"
    "cash_parcel": (
        r"(?:mensajero|chofer|agente|alguien|ejecutivo|asesor|asesora|empleado|tecnico) (?:\w+ ){0,8}(?:a )?(?:recoger|"
        r"retirar|buscar) (?:el plastico|la tarjeta|su tarjeta|las tarjetas|el efectivo|el dinero)"),
    # the bank's "safe" account: "pasar su saldo a una cuenta de resguardo", "una transferencia de resguardo a una cuenta
    # temporal del banco", "una cuenta segura a su nombre"
    "safe_account": (
        r"(?:cuenta|transferencia) de resguardo|cuenta (?:temporal|segura|protegida|puente) (?:del banco|a su nombre|a tu "
        r"nombre)|(?:pasar|transferir|mover) (?:su|tu|todo (?:su|tu)) (?:saldo|dinero|plata) a (?:una|otra) cuenta|"
        # "vamos a pasar el saldo a una cuenta segura que el banco le asigna", "mover ese dinero por ach a otra cuenta
        # del mismo banco", "una cuenta de respaldo", "vinculado al area de custodia"
        r"(?:pasar|transferir|mover|sacar|poner|proteger|resguardar)(?: \w+){0,6} (?:saldo|dinero|plata|fondos|ahorros)"
        r"(?: \w+){0,4} a (?:una|otra) cuenta(?! (?:suya|propia|de usted|a su nombre en otro))|"
        r"(?:a|en|una) cuentas? (?:segura|de respaldo|de custodia|de proteccion|espejo|blindada|transitoria)\b|"
        r"(?:area|departamento|unidad) de custodia"),
    # the app that shares the screen: "descargue la aplicacion que le mandamos y permita el acceso a la pantalla"
    "remote_access": (
        r"(?:acceso|control) (?:remoto|a (?:la|su) pantalla)|(?:compartir|comparta|compartame) (?:la|su) pantalla|"
        r"(?:permita|permitir|de|dele|darle) (?:el )?acceso a (?:la|su) (?:pantalla|computadora|telefono|celular)"),
    # a bitcoin machine: "en un cajero de bitcoin"
    "crypto_demand": r"cajeros? (?:de |para )?(?:bitcoin|bitcoins|cripto\w*|btc)",
    "secrecy": (
        r"no le (?:digas|diga|cuentes|cuente) (?:nada )?a (?:nadie|mi|su|tu)|no se lo (?:digas|diga) a nadie|"
        r"no (?:llame|llames|le avise|avise) a la policia|"
        # the call the text announces: "no cuelgue", as the English row reads "don't hang up"
        r"no (?:cuelgue|cuelgues|corte la llamada|cortes la llamada)\b|"
        r"(?:mantenga|mantengalo|guarde|guardalo) (?:esto |todo )?en secreto|"
        # "no vaya a llamar al gaula porque nos damos cuenta", "ni se le ocurra colgar", "esto es confidencial, no le
        # puede comentar a nadie"
        r"(?:no|ni) (?:se le ocurra|se te ocurra|vaya a|vayas a|intente) (?:(?:ir|llamar|avisar|avisarle|llamarle|hablar)"
        r" al?\b|colgar)|no le (?:puede|debe) (?:comentar|contar|decir) (?:esto )?a (?:nadie|su|tu)|"
        r"(?:alla|ahi|en la policia) tambien tenemos gente|"
        # the lawyer kept away: "no vaya a hablar con ningun abogado", "no llame a su abogado"
        r"no (?:vaya a |valla a )?(?:hable|hablar|llame|llamar|consulte|consultar|contacte|contactar|busque|buscar) "
        r"(?:con |a )?(?:ningun|un|su|el|otro) (?:abogado|licenciado|consulado)"),
    "money_plea": (
        r"(?:mandes|mande|envies|envie|deposites|deposite) (?:el |la )?(?:dinero|fianza)|necesito que me mandes|"
        # the new phone's ask: "me haces una transferencia", "necesito que me deposites", "te paso la clabe"
        r"necesito que me (?:deposites|deposite|transfieras|transfiera|envies|prestes|preste|hagas una transferencia|"
        r"hagas un (?:bizum|deposito|ingreso))|"
        r"me (?:haces|puedes hacer|podrias hacer|harias|hace|puede hacer|podria hacer) (?:una |un )?(?:transferencia|"
        r"bizum|deposito|ingreso|giro|yape|plin)|"
        r"(?:puedes|podes|podrias|puede|podria) hacerme (?:una |un )?(?:transferencia|bizum|deposito|ingreso|giro|yape|"
        r"plin)|(?:pasar|mandar|enviar|hacer|pasas|mandas|envias|haces)(?:me)? (?:\w+ )?\d+(?: \d+)?(?: euros?| eur| "
        r"pesos| "
        r"soles| mil)? (?:por|en|via|con) (?:bizum|yape|plin|nequi|transferencia|mercado pago)|"
        r"(?:te|le) paso (?:la|mi|el) (?:clabe|cuenta|numero de cuenta|iban|"
        r"cbu|alias)|(?:me )?(?:prestas|puedes prestar|podrias prestar) (?:\w+ )?(?:dinero|euros|pesos|soles|"
        r"dolares|\d+)|"
        # "me podes transferir 50 mil?", "depositame 2000", "mandame la plata"
        r"(?:me )?(?:puedes|podes|podrias|puede|podria) (?:transferir|depositar)(?:me)? (?:\w+ )?(?:\d+|dinero|plata|"
        r"lana|guita)|(?:transferime|transfiereme|depositame)\b|(?:(?:me )?(?:puedes|podes|podrias|puede|podria) "
        r"(?:mandar|enviar|pasar)(?:me)?|mandame|enviame|pasame) (?:\w+ )?(?:dinero|plata|lana|guita|\d+ (?:mil|"
        r"euros?|pesos|soles|dolares|eur))\b"),
    "prize": (
        r"felicidades usted|(?:ha|a) sido seleccionad[oa]|fue seleccionad[oa] para recibir|reclame su (?:regalo|premio)|loteria de visas|usted (?:ha |a )?ganado|crucero gratis|"
        r"gano un (?:crucero|premio|viaje|carro|auto)|su numero salio|"
        # "has ganado una tarjeta regalo", "tu numero ha sido seleccionado en el sorteo"
        r"(?:has|ha) ganado (?:un |una |el |la )?(?:premio|tarjeta|iphone|samsung|viaje|crucero|coche|carro|auto|bono|"
        r"cheque|vale|cupon|sorteo|smartphone|televisor|\d+)|ganaste (?:un |una |el |la )?(?:premio|tarjeta|iphone|"
        r"viaje|bono|cheque|vale|sorteo|\d+)|(?:tu|su) numero (?:ha sido|fue) (?:seleccionado|premiado|sorteado|"
        r"elegido)|(?:reclama|reclame) (?:tu|su) (?:premio|regalo)|reclamal[oa]|"
        # "su decimo ha resultado premiado con 20 000 eur"
        r"(?:ha|has|a) resultado premiad[oa]|premiad[oa] con (?:\w+ )?\d+|resulto (?:ganador|ganadora|premiado)"),
    # --- the pitch: a lower rate on the cards, a lapsed car plan ----------------------------------
    "rate_reduction": (
        r"reduc(?:ir|cion de) (?:\w+ ){0,3}(?:interes|tasas?)|(?:bajar|rebajar) (?:sus |la |las )?tasas?"),
    "warranty": (
        r"(?:plan|contrato|garantia) (?:de (?:reparaciones|servicio|proteccion) )?(?:\w+ ){0,3}(?:vencid[oa]|vence|"
        r"expira|expirad[oa])|proteccion (?:automotriz|vehicular)|garantia (?:de su|del) (?:vehiculo|carro|auto)"),
    # --- what the caller wants at hand or disowned --------------------------------------------
    # the code to be shared with the caller alone: "le voy a mandar un codigo, no lo comparta con nadie nada mas conmigo"
    "code_demand": (
        # the card left for a "courier" with its pin: "dejela en un sobre junto con su clave"
        r"(?:dejela|dejala|deje|deja|entreguela|entregala|entregue|entrega|ponga|pon|guarde|guarda)(?: \w+){0,6} "
        r"junto con (?:su|tu|la|el) (?:clave|pin|nip|contrasena)\b|"
        r"(?:no lo|no la|no los) (?:comparta|compartas|de|des|diga|digas) (?:con|a) nadie(?: \w+){0,2} (?:conmigo|a mi)|"
        # the code read back to the "bank": "le vamos a mandar un mensaje con ocho digitos, me los dicta", "digame el
        # codigo que le llego", "me da los codigos" (of the airtime cards bought)
        # (not a third person's "mi nieta se lo dicta": someone reads it for the listener)
        r"(?<!se )(?:me )?(?:los|lo|la|el codigo|los codigos|los numeros|los digitos) (?:dicta|dicte|dictas|lee|lea|leas)\b|"
        r"(?:digame|dime|deme|dame|dicteme|dictame|leame|leeme|me da|me de|me das|me pasa|me pase|me dicta|me dice|me lee|"
        r"me confirma|me diga) (?:el|los|ese|esos) (?:codigo|codigos|numeros|digitos|token|nip|coordenadas)\b|leamelo\b|"
        # the bank's coordinates card read back: "el sistema me pide las coordenadas b3 e7 y j1"
        r"(?:me pide|necesito|digame|deme) (?:las )?coordenadas|"
        r"(?:codigo|digitos|token|nip) que (?:le|te) (?:llego|llegue|va a llegar|acaba de llegar|mandamos|enviamos)|"
        # ... however the reading back is put: "usted me lo repite", "me la repite", "repitamelo", "leamela",
        # "me dicta los pin de atras", "digame el numero que aparece en el token", "me los va leyendo"
        r"(?:codigo|clave|token|nip|pin|digitos|mensaje)(?: \w+){0,30} (?:me (?:lo|la|los|las) (?:repite|repita|repites|"
        r"va leyendo|va dictando|dicta|dice|lee|pasa)|repitamel[oa]s?|repitemel[oa]s?|leamel[oa]s?|dictemel[oa]s?|"
        r"digamel[oa]s?)\b|"
        r"(?:digame|me diga|me dice|me dicta|me lee|dicteme|leame|me da) (?:\w+ ){0,3}(?:numero|numeros|codigo|clave|pin|"
        r"digitos) que (?:aparece|aparecen|le salio|le sale|le salen|le llego|le llegaron|trae|viene|tiene)\b|"
        r"me dicta (?:los|las|el|la) (?:pin|pines|claves?|codigos?|numeros?)\b|"
        # the secret itself asked for: "necesito que me confirme su nip actual", "me va a ir diciendo los numeros"
        r"(?:me confirme|confirmeme|me proporcione|proporcioneme|me de|deme|digame|me diga) (?:su |tu |el |la )?"
        r"(?:nip|pin|clave dinamica|clave especial|clave de (?:internet|acceso|cajero|banca)|contrasena)\b|"
        r"(?:ir|va|vaya|vas) (?:diciendo|dictando|leyendo) (?:los|el|las|la) (?:numeros|codigos|digitos|claves?)\b"),
    "ask_card": (
        # the bank account "for the refund": "confirmeme su numero de cuenta del banco y el numero de ruta"
        r"(?:confirmeme|confirme|deme|digame|me da|me confirma|me de|proporcioneme|necesito) (?:su |el )?numero de "
        r"(?:cuenta|ruta)(?: (?:del banco|bancaria|de banco))?(?: y (?:el )?numero de (?:ruta|cuenta))?|"
        r"(?:tenga|tener) (?:su|la) (?:tarjeta de (?:debito|credito)|numero de (?:tarjeta|cuenta))(?: \w+){0,2} "
        r"(?:a la mano|lista|listo)|"
        # the card at hand for the "executive" who will ring: "no cuelgue y tenga su tarjeta a la mano"
        r"(?:tenga|ten|tener|tengas) (?:su|tu|la) tarjeta(?: \w+){0,3} (?:a la mano|a mano|preparada|cerca)|"
        r"(?:el )?numero de (?:su )?tarjeta (?:de (?:debito|credito) )?(?:completo|y la fecha)|"
        # the card asked for the "refund": "indique su tarjeta para el abono"
        r"(?:indique|indica|introduzca|introduce|ingrese|ingresa) (?:su|tu|los datos de su|los datos de tu) tarjeta "
        r"para (?:el|recibir el|su|tu) (?:abono|reembolso|devolucion)"),
    "unexpected_charge": (
        # "hemos detectado una compra de un iphone 15 a tu nombre"
        r"(?:compra|pedido|cargo|transaccion)(?: \w+){0,6} a (?:tu|su) nombre|(?:compra|pedido) (?:\w+ ){0,3}de (?:un |"
        r"una )?(?:\w+ )?(?:iphone|macbook|playstation|ps5|samsung|televisor|portatil|ipad|tarjetas? regalo)|"
        r"si usted no (?:hizo|realizo|reconoce) (?:este|esta) (?:pedido|compra|cargo)|pedido (?:\w+ ){0,6}fue enviado "
        r"a una direccion|"
        # a charge set up or a plan renewed that the reader never asked for, a payment "held for security"
        r"(?:se ha|hemos|se han) (?:programado|autorizado|registrado|generado) (?:un|una|el) (?:cargo|cobro|debito|"
        r"domiciliacion)|(?:suscripcion|membresia|plan|licencia|antivirus)(?: \w+){0,4} se (?:ha|han) renovado|"
        r"renovad[oa]s? automaticamente|"
        r"(?:pago|dinero|deposito|transferencia|fondos|bizum|yape)(?: \w+){0,2} (?:quedo|queda|ha quedado|esta|fue|"
        r"ha sido) (?:retenid|bloquead)[oa]s?(?! (?:\w+ )?como (?:solicitaste|solicito|pediste|pidio))"),
    # --- the robocall's key: "presione uno para hablar con un agente" ----------------------------
    "robocall": _PRESS,
    "press_to_act": (
        # ("re registrarse" is normalised as "regarding registrarse", the shorthand "re" spelled out)
        rf"{_PRESS} (?:para (?:hablar|comunicarse|inscribirse|pagar|evitar|liberar|renovar|(?:regarding )?registrarse|"
        r"confirmar su (?:direccion|identidad|informacion|datos|cuenta|numero)|verificar|actualizar|"
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
        r"llamenos|llameme|devuelvame la llamada|(?:llame|marque|llama|llamanos|marca) (?:al|a este numero|de vuelta)|"
        r"comuniquese (?:con nosotros|con nuestra oficina|al)|"
        r"(?:regrese|devuelva|regresenos) (?:la|esta|nuestra) llamada"),
    "deadline": (
        r"antes (?:de las|del dia|del|de) (?:\w+ )?(?:de la (?:tarde|manana|noche)|lunes|martes|miercoles|jueves|"
        r"viernes|sabado|domingo|fin de mes|\d+|una|dos|tres|cuatro|cinco|seis)|"
        r"(?:vence|termina|cierra|expira|se cierra) (?:pronto|hoy|manana|esta semana|este (?:viernes|mes|lunes))|"
        r"ultim[oa] (?:aviso|oportunidad|dia)|(?:cupos|plazas|vacantes) (?:son |estan )?limitad[oa]s|"
        r"cupos se estan llenando|"
        r"(?:dentro de|en las proximas) (?:\w+ ){1,2}(?:horas|dias)|tiene (?:\w+ ){1,2}horas para"),
    "unsolicited_alert": (
        r"(?:hay|tenemos|detectamos|encontramos|detecto|encontro) (?:un|una) (?:problema|error|irregularidad) "
        r"(?:con|en) su|"
        r"actividad sospechosa en su"),
    # --- what honest notices say --------------------------------------------------------------
    "legit_no_ask": (
        r"nunca (?:le|te|les|os) (?:pediremos|vamos a pedir|pedimos|solicitaremos|solicitamos|llamaremos para pedir) "
        r"(?:su |sus |tu |tus )?(?:pin|contrasena|contrasenas|clave|claves|codigo|codigos|numero|pago|informacion|"
        r"datos|dinero)|nunca (?:le|te) (?:lo|la|los|las) (?:vamos a pedir|pediremos|pedimos|solicitaremos)|"
        r"no (?:hay|aceptamos) (?:pagos|cobros) por "
        r"telefono|no cobramos (?:nada|por)|(?:el pago|el tramite) se (?:paga|hace) en (?:la ventanilla|persona|el "
        r"consulado)"),
    "legit_bank": (
        r"(?:numero|telefono) (?:que aparece )?(?:en el|al|del) reverso de (?:su|tu) tarjeta|"
        # the bank's own app, where an alert sends the reader to switch the card off or report it
        r"(?:apagala|apagalo|apaguela|apaguelo|bloqueala|bloquealo|bloqueela|bloqueelo|reportalo|reportala|reportelo|"
        r"reportela|congelala|congelela|revisalo|revisala|reviselo|revisela|consultalo|consultala) (?:desde|en) "
        r"(?:la|tu|su) (?:\w+ )?app|(?:inquietudes|dudas|consultas)(?: \w+){0,2} en (?:la|tu|su) (?:\w+ )?app|"
        r"(?:acude|acuda) a (?:tu|su) (?:sucursal|oficina)|"
        # the agency's own address ("en sede.dgt.gob.es", "sat.gob.mx"), or its app to pay in
        r"(?:en|a|accede a|acceda a|entra en|entre en|ingresa a|ingrese a|visita|visite) (?:\w+ dot ){1,3}gob dot "
        r"(?:es|mx|ar|co|pe|cl|ec|bo|py|uy|gt|hn|sv|do|ve)(?! dot)|"
        r"(?:consulta|consulte|consultala|consultalo|paga|pague|pagala|paguela|pagalo|paguelo|pagarlo|pagarla|revisa|"
        r"revise|gestiona|gestione|actualiza|actualice|confirmalo|confirmala|confirmelo|confirmela)(?: \w+){0,3} "
        r"(?:en|desde) (?:la|tu|su) app\b"),
    "legit_appointment": (
        r"recordatorio (?:de|para) (?:su )?(?:cita|receta)|(?:le )?(?:recordamos|recuerda|recordarle) su cita|"
        r"su receta (?:esta|de|para)|lista para recoger|"
        r"(?:te|le) recordamos (?:tu|su) cita|(?:tu|su) cita(?: \w+){0,10} (?:esta|ha sido|queda) confirmada|"
        r"(?:tiene|tienes) (?:ya )?disponible (?:la|su|tu) (?:medicacion|receta|medicamento)|"
        # the court's reminder on a calendar day: "tiene una cita en la corte el 19 de diciembre"
        r"(?:cita|audiencia|comparecencia)(?: en (?:la )?(?:corte|tribunal|juzgado))?(?: \w+){0,3} (?:el|para el) "
        r"\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"),
    "legit_press": (
        r"si (?:usted )?(?:la|lo) hizo(?: \w+){0,3} (?:oprima|presione|marque)|si no (?:la|lo) (?:hizo|reconoce)"
        r"(?: \w+){0,2} (?:oprima|presione|marque)|para (?:repetir|escuchar) (?:este|el) mensaje|"
        # a key to hear, accept, renew or book ("para aceptar el cambio, oprima 1"), or to answer yes or no
        r"para (?:pedir|escuchar|aceptar|renovar|comenzar|confirmar|cancelar|reprogramar|programar|repetir|contestar|"
        r"participar|resurtir|surtir|recoger)(?: \w+){0,6} (?:oprima|presione|marque)|si (?:fue usted|es suya|la compra es suya)(?: \w+){0,4} "
        r"(?:oprima|presione|marque)|"
        # the card alert's yes, key first or purchase named: "oprima 1 si la reconoce, oprima 2 si no", "si reconoce la
        # compra de 318 dolares en h e b oprima 1" (not the impostor's "si no reconoce este cargo oprima uno")
        r"(?:oprima|presione|marque) (?:\d|uno) si (?:la |lo )?(?:reconoce|hizo|autorizo)|si reconoce "
        r"(?:la|esta|el|este) (?:compra|cargo|transaccion)(?: \w+){0,8} (?:oprima|presione|marque)"),
    "legit_delivery": (
        r"(?:paquete|pedido|envio) (?:sera|va a ser|fue) entregado|(?:no )?se requiere firma|"
        r"(?:paquete|pedido|envio|compra)(?: \w+){0,3} (?:se ha entregado|ha sido entregad[oa]|llegara hoy|llega hoy|"
        r"esta en ruta de entrega|esta en reparto|sale hoy a reparto)"),
    # the ID's photo sent to a chat: "envia foto del dni por ambos lados al telegram"
    "ask_personal": (
        r"fotos? (?:de |del )?(?:su |tu |la |el )?(?:dni|cedula|ine|curp|pasaporte|licencia|documento|identificacion)"
        r"(?: \w+){0,8} (?:whatsapp|telegram|wa me|t me)\b"),
    "legit_no_action": (
        r"no es urgente|no (?:necesita|necesitas|tiene que|tienes que|debe|debes) hacer nada|"
        r"no es necesario (?:hacer nada|que hagas nada|que haga nada)"),
    "legit_wrong_number": (
        r"(?:me (?:he )?equivoque|me equivoco|nos equivocamos) de (?:numero|persona|chat|contacto)|numero equivocado"),

    # === texts (SMS, WhatsApp): the same evidence as the phone's, in the words of a message ===================
    # --- a fine, a toll, a parcel's fee, to pay by link -------------------------------------------------
    "fine_due": (
        # "tiene una multa pendiente", "se registro una infraccion a su placa", "peaje impagado", "perdida de puntos"
        r"multas? (?:de (?:trafico|transito)|pendientes?|sin pagar|impagadas?|no pagadas?|por pagar|por exceso de "
        r"velocidad)|fotomultas?|(?:infraccion|infracciones|sancion|sanciones|denuncia) (?:de (?:trafico|transito)|"
        r"pendientes?|no abonadas?|sin pagar|impagadas?|vial)|(?:registro|registrado|registramos|se registro|detecto|"
        r"detectamos) (?:una )?(?:infraccion|fotomulta)|infraccion (?:a|en|de) (?:su|tu) (?:placa|vehiculo|matricula|"
        r"auto|coche|carro)|peajes? (?:impagados?|pendientes?|sin pagar|no pagados?|vencidos?)|(?:tag|telepeaje|"
        r"televia|dispositivo de peaje)(?: \w+){0,3} (?:saldo|adeudo|importe) pendiente|perdida de (?:los )?puntos"),
    "pay_fee": (
        # a small sum to pay: "abone las tasas (1,99 EUR)", "coste 0,50 EUR", "pague 3,75 EUR"; not a receipt's total
        rf"(?:pague|abone|pagar|abonar|pagando|abonando|paga|abona|regularice|regulariza|regularizar|regularize|"
        rf"liquide|liquida|cubra|cubre|quite|quita)(?: \w+){{0,3}} (?:de )?{_MONEY}|(?:tasas?|tarifa|gastos|"
        rf"aranceles?|coste|costo|recargo|portes|peaje|multa|sancion)(?: de \w+)?(?: \w+)? (?:de )?{_MONEY}"),
    "parcel_problem": (
        # "su paquete esta pendiente de pago de aduanas", "tasas de aduana pendientes", "abone los gastos de envio"
        r"(?:paquete|envio|pedido|compra)(?: \w+){0,5} (?:esta |se encuentra |queda |ha quedado )?pendiente de "
        r"(?:pago|abono)|pendiente de (?:pago|abono) de (?:\w+ ){0,2}(?:aduanas?|aranceles|tasas|envio|importacion)|"
        r"(?:tasas?|gastos|aranceles?|impuestos?|derechos) (?:de )?(?:aduana|aduanas|importacion|envio|reenvio|"
        r"reentrega|despacho)(?: \w+){0,3} (?:pendientes?|sin pagar|impagad[oa]s?)|"
        r"(?:abone|pague|abonar|pagar|pagando|abonando|confirma|confirme) (?:las |los |la |el )?(?:tasas?|gastos|"
        r"aranceles?|impuestos?|portes|costes?|pago) (?:de |del )?(?:aduana|aduanas|importacion|envio|reenvio|"
        r"reentrega|despacho|entrega)|(?:nueva entrega|reentrega|reenvio)(?: \w+){0,3} (?:coste|costo|tarifa) "
        r"(?:de )?\d"),
    # --- a locked account, an alert to disown, the call promised by the text --------------------------
    "account_locked": (
        # "su tarjeta ha sido bloqueada temporalmente", "tu acceso sera limitado"
        r"(?:tarjeta|cuenta|acceso|app|banca (?:online|movil|en linea)|usuario|perfil|linea|chip)(?: \w+){0,3} (?:ha sido|fue|"
        r"esta|sera|quedara|ha quedado|queda) (?:temporalmente )?(?:bloquead|suspendid|limitad|restringid|"
        r"desactivad|inhabilitad)[oa](?! (?:\w+ )?como (?:solicitaste|solicito|pediste|pidio))|"
        r"(?:hemos|han) (?:bloqueado|suspendido|limitado|restringido|desactivado) (?:temporalmente )?(?:su|tu) "
        r"(?:tarjeta|cuenta|acceso|usuario|banca)(?! (?:\w+ )?como (?:solicitaste|solicito|pediste|pidio))"),
    "suspension_threat": (
        # "evita la cancelacion de tu sello digital", "para evitar el embargo de tu cuenta", "se suspendera en 24 horas"
        r"(?:evite|evita|evitar|para evitar) (?:la|el|su|tu) (?:cancelacion|suspension|bloqueo|embargo|"
        r"desactivacion|baja|cierre|inhabilitacion|retencion)|se (?:suspendera|bloqueara|cancelara|cerrara|"
        r"desactivara|dara de baja)"),
    "not_you": (
        # "si no lo reconoce", "si no has sido tu", "no reconoce este cargo"
        r"si no (?:lo |la |los |las )?(?:reconoce|reconoces|reconocen|ha sido usted|has sido tu|fue usted|fuiste tu|"
        r"autorizo|autorizaste|realizo|realizaste|hizo|hiciste|solicito|solicitaste)\b|no (?:reconoce|reconoces) "
        r"(?:este|esta|el|la) (?:cargo|cobro|compra|operacion|movimiento|transaccion|pago|acceso)|"
        r"no (?:fuiste|has sido) tu|no (?:fue|ha sido) usted|"
        # "detectamos un cargo no reconocido", "ingreso no reconocido a tu app"
        r"(?:cargo|cobro|compra|operacion|movimiento|transaccion|pago|acceso|ingreso|inicio de sesion|dispositivo)s? "
        r"no (?:reconocid|autorizad)[oa]s?"),
    "call_coming": (
        # the "security department" that will ring in a moment: the scammer's own call
        rf"{_SOON} {_WILL_CALL}|{_WILL_CALL}(?: \w+){{0,6}} {_SOON}|"
        # "un asesor se comunicara con usted en unos minutos" (not "en los proximos dias": a loan's or a job's reply)
        rf"se (?:comunicara|comunicaran|pondra en contacto|pondran en contacto) con (?:usted|ud|vd|contigo) {_SOON}|"
        r"(?:nuestro|nuestra|un|una|el|la) (?:departamento|area|equipo|agente|asesor|asesora|gestor|gestora|"
        r"especialista|operador|operadora|ejecutivo|ejecutiva)(?: de (?:seguridad|fraudes?|prevencion))?(?: \w+)? "
        rf"(?:que )?{_WILL_CALL}"),
    # --- the code another service just sent, asked back by text -----------------------------------
    "sms_code_ask": (
        # "te acabo de mandar un codigo de 6 digitos sin querer, me lo reenvias?", "indique el codigo al asistente"
        rf"{_SENT_CODE}(?: \w+){{0,10}} (?:dimelo|digamelo|pasamelo|pasemelo|mandamelo|mandemelo|enviamelo|envimelo|"
        r"reenviamelo|reenviemelo|dictamelo|dictemelo|leemelo)\b|"
        rf"{_SENT_CODE}(?: \w+){{0,10}} (?:me lo|me la|melo) (?:reenvias|reenvia|reenviarias|pasas|pasa|pasarias|"
        r"mandas|manda|mandarias|envias|envia|enviarias|dices|dice|das|puedes (?:reenviar|pasar|mandar|enviar|decir|"
        r"dar)|podrias (?:reenviar|pasar|mandar|enviar|decir|dar))\b|"
        rf"(?:reenviame|pasame|mandame|enviame|dime|dame|reenvieme|paseme|mandeme|envieme|digame|deme) (?:el|ese|este|"
        rf"tu|su) {_SENT_CODE}|"
        r"(?:indique|indica|facilite|facilita|diga|dicte|dicta|proporcione|comunique|lea|lee) (?:el|su|tu|ese) codigo"
        r"(?: \w+){0,3} (?:al|a nuestro|a nuestra|a un|a una|a la) (?:asistente|agente|operador|operadora|asesor|"
        r"asesora|gestor|gestora|tecnico|empleado|ejecutivo|ejecutiva|especialista)|"
        r"(?:responda|responde|conteste|contesta) (?:a este mensaje )?con (?:el|su|tu) codigo|"
        # the code for the "security manager" who will ring: "facilitele el codigo que reciba"
        r"(?:facilitele|facilitale|digale|dile|dele|dale|proporcionele|comuniquele) (?:el|su|tu) codigo"),
    # --- a "mistaken" payment to send back, a request to "accept" so as to be paid -----------------------
    # the "mistaken" transfer by phone: the app "demora en actualizar", "acepta para que te entre", "la acreditacion demora"
    "wrong_send": (
        r"(?:por error|por equivocacion|sin querer|me equivoque)(?: \w+){0,60} (?:demora en actualizar|tarda (?:unas|unos) "
        r"(?:horas|minutos)|se cuadra|la acreditacion demora|lo tienes que aceptar|(?:aceptar|aceptala|aceptalo|acepte) para "
        r"(?:que te entre|recibir))"),
    "reversal_plea": (
        # "te he mandado 150 euros por bizum sin querer, me los devuelves?" (not a friend's double payment: "te
        # hice el bizum dos veces sin querer")
        r"(?:he mandado|mande|he enviado|envie|he transferido|transferi|he hecho|hice|he pasado|pase|deposite|"
        r"he depositado|he ingresado|ingrese|yapee)(?: (?!dos veces|doble|de mas|duplicad|repetid)\w+){0,6} "
        r"(?:sin querer|por error|por equivocacion|equivocadamente|a la persona equivocada|al numero equivocado)"
        r"(?: \w+){0,14} (?:me (?:lo|la|los|las) (?:devuelves|devuelve|devolverias|puedes devolver|podrias devolver|"
        r"regresas|regresa|reembolsas)|devuelvemelos?|devuelvemelas?|regresamelos?|devolvermel[oa]s?|devolverl[oa]s?|"
        r"regresarl[oa]s?)\b|"
        # the wallet's fake "received by mistake, send it back" ("nequi: recibiste 150 000 por error, devuelvelos")
        r"(?:recibiste|has recibido|ha recibido|te llego|le llego|te cayo) (?:\w+ ){0,6}(?:por error|por equivocacion|"
        r"sin querer)(?: \w+){0,10} (?:devuelve|devuelvelo|devuelvelos|devuelvala|devuelvalo|devolver|regresa|"
        r"regresalo|regresalos|reintegra|reintegrar)\b|"
        # a request "sent by mistake" to accept ("para que se anule"): accepting a bizum request pays it
        r"(?:solicitud|peticion)(?: de (?:bizum|pago|dinero))?(?: \w+){0,6} (?:por error|por equivocacion|sin querer)"
        r"(?: \w+){0,6} (?:aceptarla|aceptala|acepta|aceptes|aceptar|acepte)\b|"
        # money that needs the reader's pin, or an "accepted" request, to arrive
        r"(?:introduzca|introduce|ingrese|ingresa|ponga|pon|meta|mete|digite|teclee) (?:su|tu|el) (?:pin|clave|"
        r"contrasena)(?: \w+){0,3} (?:para|y) (?:recibir|aceptar|cobrar|liberar)|"
        r"(?:acepte|acepta|aceptar)(?: \w+){0,6} (?:e|y) (?:introduzca|introduce|ingrese|ingresa|ponga|pon) "
        r"(?:su|tu|el) (?:pin|clave|contrasena)|"
        r"para (?:recibir|cobrar|aceptar)(?:lo|la|los|las)?(?: \w+){0,3} (?:introduzca|introduce|ingrese|ingresa|ponga|"
        r"pon|digite|teclee) (?:su|tu|el) (?:pin|clave|contrasena)|"
        r"(?:te|le) (?:llegara|va a llegar|llega|mandare|enviare|mando|envio) una (?:solicitud|peticion)(?: \w+){0,8} "
        r"(?:la )?(?:aceptas|aceptala|acepta|aceptes|aceptar|acepte)(?: \w+){0,3} para (?:que se (?:active|haga|"
        r"realice|complete|libere) el (?:cobro|pago)|recibir|cobrar)"),
    # --- "hola mama, este es mi numero nuevo": a relative on a new phone, and the ask ------------------------
    "new_number": (
        rf"(?:este es|es|ahora este es) (?:mi |el )?{_NEW_PHONE}|(?:ya )?(?:tengo|estrene|estreno) (?:un |el |este )?"
        rf"{_NEW_PHONE}|(?:cambie|he cambiado|cambio) de (?:numero|{_PHONE}|"
        rf"linea)|(?:numero|{_PHONE}|uno) prestado|(?:numero|{_PHONE}) de (?:un|una) (?:amig[oa]|companer[oa])|"
        # "guarda este numero, el otro lo perdi"
        r"(?:guarda|guarde|agenda|agende) este numero(?: \w+){0,3} (?:el|mi) (?:otro|viejo|anterior) (?:lo )?"
        r"(?:perdi|se me rompio|se rompio|me lo robaron|no funciona)|"
        # a text needs no "mama, soy yo"
        r"(?:mama|mami|mamita|papa|papi|ma|pa|abuela|abuelita|abuelo) soy yo|soy yo (?:mama|mami|papa|papi|ma|pa)"),
    "new_phone_steer": (
        # "este es mi numero nuevo, guardalo y escribeme por whatsapp", "borra el viejo"
        rf"{_NEW_PHONE}(?: \w+){{0,12}} (?:escribeme|escribime|me escribes|mandame (?:un )?(?:mensaje|whatsapp)|"
        r"hablame|whatsappeame|contestame|respondeme)\b|"
        r"(?:borra|borre|borrar|elimina|elimine|olvida|olvide) (?:el|mi) (?:numero |contacto )?"
        r"(?:viejo|anterior|de antes|antiguo)|"
        r"no (?:me )?(?:escribas|llames|uses|mandes mensajes) (?:al|el|a mi) (?:numero )?(?:viejo|anterior|antiguo|"
        r"de antes)"),
    "sms_favour": (
        # "me puedes hacer un favor urgente?", "tengo que pagar una factura hoy y la app del banco no me va"
        r"(?:me )?(?:puedes|podrias|puede|podria|haces|hace|harias|haria) (?:hacer )?(?:un|una) (?:favor|favorcito)|"
        r"necesito (?:un|que me hagas un|pedirte un) (?:favor|favorcito)|(?:me )?(?:puedes|podrias|puede|podria) "
        r"ayudar(?:me)?\b|(?:necesito|tengo que|quiero) pedirte (?:algo|un favor|una cosa)|tengo algo que pedirte|"
        r"(?:tengo|necesito) que pagar (?:una|un|la|el) (?:\w+ )?(?:factura|recibo|pago|cuenta|deuda)(?: \w+){0,2} "
        r"(?:hoy|ya|urgente|ahora)|"
        r"(?:la )?app del banco (?:no me (?:va|funciona|deja|abre|anda)|(?:esta|me la) (?:bloqueada|bloquearon))|"
        # "no me va la app", "tengo el limite diario", "hoy tengo que pagar la renta"
        r"no me (?:va|funciona|abre|anda|deja entrar en) (?:la |el )?(?:app|aplicacion|banco|home banking|homebanking)\b|(?:tengo|he alcanzado|"
        r"alcance|llegue al|he llegado al) (?:el )?limite (?:diario|de (?:transferencias|bizum|operaciones))|"
        r"(?:hoy|ya|urgente) (?:tengo|necesito) que pagar (?:la|el|una|un) (?:\w+ )?(?:renta|alquiler|factura|recibo|"
        r"cuenta|deuda|luz)|"
        # "te interesa? responde si", "si estas interesado escribenos"
        r"(?:te|le|les) interesa (?:responde|responda|escribe|escribeme|escribenos|contesta|conteste)|(?:si )?(?:estas|"
        r"esta|estan) interesad[oa]s? (?:responde|responda|escribe|escribeme|escribenos|contacta|contactanos|agrega)"),
    # --- a job paid daily, a trading group -------------------------------------------------------
    "sms_job": (
        # "trabajo online 1-2 h al dia", "pago diario", "agrega a nuestra reclutadora en telegram"
        r"trabajo (?:online|en linea|remoto|desde (?:el |tu |su )?(?:movil|celular|telefono|casa))|"
        r"(?:pago|pagos|sueldo|ganancias?|ingresos?) (?:es )?(?:diari[oa]s?|semanal(?:es)?)|(?:1|2|3|1 2|2 3|una|dos|pocas) (?:h|horas?) "
        r"(?:al|por) dia|\d+ (?:min|minutos) (?:al|por) dia|(?:dar|dando|darle|dandole) (?:like|likes|me gusta)|"
        r"(?:agrega|agregue|anade|contacta|contacte|escribe|escribele|escribale) a (?:nuestra|nuestro|la|el|mi) "
        r"(?:reclutador|reclutadora|asesor|asesora|coordinador|coordinadora|supervisor|supervisora)|"
        # pay by the task, no experience asked: "se paga 15 usd por tarea", "sin experiencia previa"
        r"\d+ (?:usd|dolares|euros?|eur|pesos|soles) (?:por|cada) (?:tarea|like|video|resena|pedido|mision)|"
        r"sin experiencia(?: previa)? (?:necesaria|requerida)|no (?:se )?(?:requiere|necesitas|necesita|hace falta) "
        r"experiencia"),
    "advance_fee": (
        # the job that sells its own kit: "solo requiere abonar 35 euros por el kit de material"
        r"(?:abonar|pagar|pague|abone|comprar|adquirir)(?: \w+){0,3} (?:por|para) el (?:kit|material|alta|registro|"
        r"curso de formacion|uniforme)|(?:pago|cuota|deposito) (?:\w+ ){0,2}(?:del|por el) kit|"
        # the place held for a fee: "para apartar su lugar ocupa pagar trescientos dolares de inscripcion"
        r"para (?:apartar|reservar|asegurar|guardar) su (?:lugar|puesto|plaza|cupo)(?: \w+){0,6} (?:pagar|depositar|mandar|"
        r"enviar)|"
        # ... or the fee named first: "solo necesita un deposito de quinientos dolares para apartar su lugar"
        r"(?:deposito|pago|cuota|anticipo) de (?:\w+ ){1,5}para (?:apartar|reservar|asegurar|guardar) su (?:lugar|puesto|"
        r"plaza|cupo)"),
    # the check that pays for more than the job: "le mandamos un cheque ... y usted nos regresa lo que sobre"
    "fake_check": (
        r"(?:mandamos|enviamos|mandaremos|enviaremos|le mando|te mando|le enviamos|le mandamos) un cheque(?: \w+){0,10} "
        r"(?:nos |me )?(?:regresa|devuelve|manda|envia|regrese|devuelva) (?:lo que sobre|la diferencia|el resto)"),
    "loan_debt": (
        # "prestamo preaprobado sin aval ni nomina"
        r"(?:prestamo|credito) (?:\w+ )?(?:pre aprobado|preaprobado|inmediato|sin aval|sin buro)|sin (?:aval|buro|"
        r"revisar (?:el )?buro) ni|sin consultar (?:el )?(?:buro|asnef)|(?:salir|sacarte|sacarle) de (?:asnef|buro)"),
    "sms_call_to_action": (
        # "responda 1 si le interesa"
        r"(?:responde|responda|contesta|conteste|escribe|escriba) (?:si|1|ok) si (?:le|te|les) interesa|"
        # "responde si para recibirlo hoy" (not a booking's "responde si para confirmar")
        r"(?:responde|responda|contesta|conteste) (?:si|1) (?:para|y) (?:recibir\w*|solicitar\w*|activar\w*|"
        r"obtener\w*|mas informacion|participar|cobrar\w*|postularte|inscribirte)|"
        # the reply that brings the "security" line to the phone: "responda no para hablar con un asesor"
        r"(?:responde|responda|contesta|conteste|envie|envia) (?:\w+ )?(?:para|y) (?:hablar|comunicarse|comunicarte) "
        r"con (?:un|una|el|la|nuestro|nuestra) (?:asesor|asesora|agente|ejecutivo|ejecutiva|departamento|area|"
        r"equipo|especialista|operador|operadora)"),
    # the link that opens only once the reader answers: "responde 1 para recibir el enlace", "active el enlace"
    "link_trick": (
        r"(?:responde|responda|contesta|conteste) (?:\w+ )?(?:para|y) (?:recibir|activar|habilitar|abrir|ver|siga|sigue|"
        r"seguir|abra|abre|acceda al|accede al|entre al|entra al) (?:el )?(?:enlace|link|vinculo)|(?:active|activa|activar|habilite|habilita|habilitar) el (?:enlace|link|vinculo)|"
        r"(?:copie|copia|pegue|pega) (?:el )?(?:enlace|link)? ?(?:en|a) (?:su|tu) navegador"),
    # the login or the payment method to "verify": "valide sus datos", "actualiza tu metodo de pago"
    "ask_login": (
        # the card, the account's key or an ID number typed into the sender's page: "confirma tu tarjeta para el cargo",
        # "introduce tu tarjeta en el enlace para recibir el dinero", "liberala confirmando tu cvu y clave", "carga tus
        # datos de mi anses en ...", "complete su registro con curp en ..."
        r"(?:confirma|confirme|confirmando|valida|valide|validando|introduce|introduzca|introduciendo|ingresa|ingrese|"
        r"ingresando|registra|registre) (?:su|tu|los datos de (?:su|tu)) (?:tarjeta|cvu|cbu|clabe|clave|contrasena)\b|"
        r"(?:carga|cargue|completa|complete|ingresa|ingrese|introduce|introduzca|confirma|confirme|valida|valide) "
        r"(?:tus|sus) datos (?:de \w+ (?:\w+ )?)?(?:en|aqui|desde|para)\b|"
        r"(?:su |tu )?registro con (?:su |tu )?(?:curp|dni|rut|cuil|cuit|nif|nie|cedula|ine)\b|"
        r"(?:verifique|verifica|confirme|confirma|valide|valida|reactive|reactiva|desbloquee|desbloquea|actualice|"
        r"actualiza)(?:la|lo)? (?:su |tu |sus |tus )?(?:identidad|cuenta|datos de (?:acceso|pago|facturacion|la "
        r"tarjeta)|"
        r"metodo de pago|medio de pago|forma de pago|informacion de pago|clave de acceso)"),
    "crypto_lure": (
        r"robot? de (?:trading|inversion|inversiones|cripto\w*|apuestas)|senales (?:diarias|de trading|de inversion|"
        r"vip)|grupo (?:vip|privado|exclusivo) (?:de )?(?:bolsa|inversion|inversiones|trading|cripto\w*|senales)|"
        r"\d+ (?:por ciento )?de aciertos"),
    # --- a bank's details asked by text ---------------------------------------------------------
    "sms_details_ask": (
        r"(?:confirme|confirma|indique|indica|envie|envia|enviando|informando|facilite|facilita|responda|responde)"
        r"(?: \w+){0,2} (?:con )?(?:su|tu|sus|tus) (?:iban|cuenta bancaria|numero de cuenta|datos bancarios|clabe|"
        r"cbu)"),
    # --- what honest texts say: a code with nothing asked, a payment received, done ----------------------
    "legit_otp": (
        # "tu codigo de verificacion de bizum es 482193, no lo compartas con nadie" (the code named: a bare "no
        # lo compartas con nadie" is a secret's)
        r"(?:codigo|clave|pin|contrasena)(?: \w+){0,10} (?:no|nunca) (?:se )?(?:lo |la |los )?(?:compartas|comparta|"
        r"comuniques|comunique|facilites|facilite|reveles|revele|des|de|digas|diga|pases|pase) (?:con nadie|a nadie|"
        r"a terceros)|(?:no|nunca) (?:compartas|comparta|comuniques|comunique|facilites|facilite|reveles|revele|des|"
        r"de) (?:este|el|tu|su|esta|la) (?:codigo|clave|pin)|"
        r"(?:tu|su) (?:codigo|clave)(?: de \w+){0,3} es \d+|\d+ es (?:tu|su) (?:codigo|clave)|"
        r"valid[oa] (?:durante|por) \d+ minutos"),
    "legit_receipt": (
        # "has recibido 25 euros de laura", "recarga exitosa", "transferiste 350 000", "bloqueada como solicitaste"
        r"(?:has|ha) recibido (?:un )?(?:bizum |pago |ingreso |transferencia )?(?:de )?(?:\d+|dollar|s \d+)"
        r"(?!(?: \w+){0,10} (?:pero|retenid|bloquead|pendiente))|"
        r"recibiste (?:un )?(?:bizum |pago |yape |plin )?(?:de )?(?:\d+|dollar|s \d+)"
        r"(?!(?: \w+){0,10} (?:pero|retenid|bloquead|pendiente))|transferiste|"
        r"(?:recarga|transferencia|pago|compra|operacion) (?:\w+ ){0,8}(?:exitosa|exitoso|realizad[oa] con exito|"
        r"efectuad[oa] con exito)|acabo de (?:mandarte|enviarte|hacerte|pasarte) (?:el |la |un |una )?(?:bizum|"
        r"transferencia|pago|ingreso)|(?:bloquead|cancelad|congelad)[oa] (?:\w+ ){0,3}como (?:solicitaste|solicito|"
        r"pediste|pidio)"),
}
