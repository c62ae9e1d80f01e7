"""The same evidence in romanised French: what callers to Quebec, Canadian and European French households say.

Scam robocalls in Canada come in French or half in French ("bonjour, ceci est un message
d'Hydro-Québec, votre service sera interrompu aujourd'hui, pour parler à un agent appuyez sur
le 1"), and so do the French and Belgian ones: the tax agency whose "procédure judiciaire sera
entamée contre vous", the social insurance number "bloqué", the "mandat d'arrêt" and the GRC or
the gendarmerie at the door, the parcel "retenu" until "frais de douane" are paid, the bank's
"service de sécurité" that sends "un messager" to collect the card, the grandchild who calls
"grand-maman, c'est moi", asks "dis rien à papa" and hands over to "l'avocat", the "virement
Interac", the "cartes-cadeaux", the "bitcoin", the lower "taux d'intérêt", the "remboursement".
The honest callers they mimic speak French too (the pharmacy whose "ordonnance est prête", the
clinic's "rappel de votre rendez-vous", the bank that "ne vous demandera jamais votre NIP" and
its yes/no card alert, the utility's "interruption planifiée", relatives).  Speech recognition
writes them without accents ("sera interrompu aujourdhui", "solde impaye") and spells them
several ways ("appuyez sur le 1", "appuyez sur la touche un", Quebec's "pesez 1", "faites le
9"; "cellulaire", "portable"; "NIP", "mot de passe").  Each entry adds phrases of the same
meaning to the English signal of the same key in ``_signals``, as ``_signals_es`` and
``_signals_pt`` do: "sera interrompu aujourdhui" weighs as "will be disconnected today", "dis
rien a papa" as "don't tell dad", "nous ne vous demanderons jamais votre NIP" as "we will never
ask for your PIN".  French shares words with Spanish, Portuguese and Haitian Creole that mean
something else here ("marque" is a brand, "compose" dials a number, "frè" is Kreyòl's fee, and
``_signals_ht`` reads Kreyòl's own "peze" and "dwàn"), so the phrases are French ones.

The layer reads texts too (SMS and WhatsApp), since French, Belgian and Quebec smishing is the same
fraud by message: a parcel held for "un supplement de 0,99 EUR" or "des frais de douane", an "avis de
contravention" or a toll "passage ... non regle" with its "majoration", the bank's alert "si ce n'est pas
vous" that sends the reader to a number of its own ("contactez le service anti-fraude au ...") or announces
the adviser who "va vous appeler dans quelques minutes", the code "je t'ai envoye un code, tu peux me le
renvoyer ?", "maman, mon tel est HS, je t'ecris avec celui d'une amie" with a "virement" to follow, a job
"a domicile" paid "200-500 EUR/jour" with "aucune experience requise", a trading robot.  Entries under the SMS
signals' keys (``_signals_sms``: ``fine_due``, ``pay_fee``, ``not_you``, ``call_coming``, ``sms_code_ask``,
``new_number``, ``sms_favour``, ``sms_job`` ...) weigh them as the English rows do; the honest texts they mimic
say what is read as honest: a code "ne le communiquez a personne", "vous avez recu un virement", a relative's
new number that asks for nothing, an outage's "retablissement estime".

Patterns match the normalised text (lowercase, accents stripped, hyphens become spaces and
apostrophes vanish: "grand-maman" reads "grand maman", "d'arrêt" reads "darret", and before an
accented letter the apostrophe leaves a space: "d'électricité" reads "d electricite"; so an
elided article is written "d ?", "l ?", "n ?").  They describe the behaviour (a key to press, a
threat, a secret, a fee before something held is freed, a relative in trouble on a new number),
never one campaign's words.
"""

from __future__ import annotations

__all__ = ["FRENCH"]

# A key: number words and single digits, optionally named ("sur le 1", "sur la touche 9", "l'option
# 2"); not a phone number ("composez le 1 800 555 0109") nor the start of a phrase ("appuyez sur un
# bouton", "faites le un peu").
_KEY = (r"(?:sur )?(?:(?:le |la )?(?:touche|chiffre|numero|option|bouton) |l ?option |le |la )?"
        r"(?:zero|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|\d(?!\d))"
        r"(?! (?:\d|(?:zero|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|cent|cents|mille|heures?|h|minutes?|"
        r"jours?|fois|dollars?|euros?|piastres?|pour cent|autre|seul|seule|peu|instant|moment|rendez|rdv|bouton|"
        r"touche|lien|code|message|appel|courriel|formulaire|ans?|mois|semaines?)\b))")
# "appuyez", "appuyer", "pesez" (Quebec), "tapez", "composez", "faites le", "enfoncez", "selectionnez"
_PRESS_VERB = (r"(?:appuyez|appuyer|appuie|appuies|appuye|pesez|peser|tapez|taper|composez|composer|enfoncez|"
               r"selectionnez|choisissez)")
_FAITES = (r"faites le (?:(?:la )?(?:touche|chiffre|option) )?"
           r"(?:zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf|\d(?!\d))")
# ... but not a language menu ("pour le francais appuyez sur le 2", "appuyez sur 9 pour l'anglais"):
# honest notices have those too.
_PRESS = (r"(?<!francais )(?<!anglais )(?<!langlais )(?<!english )(?<!french )(?<!espagnol )"
          rf"(?:{_PRESS_VERB} {_KEY}|{_FAITES})"
          r"(?! (?:pour|en) (?:le |l ?|la version )?(?:francais|anglais|english|espagnol|service en (?:francais|"
          r"anglais))\b)")
# The key where its purpose is already said ("pour eviter la coupure appuyez sur le 1"): no menu to guard.
_PRESS_ANY = rf"(?:{_PRESS_VERB} {_KEY}|{_FAITES})"
# A person to talk to
_PERSON = (r"(?:agent|agente|conseiller|conseillere|representant|representante|prepose|preposee|operateur|"
           r"operatrice|specialiste|enqueteur|enqueteuse|officier|responsable|technicien|technicienne|personne)")
# What the key is for: a person, or acting on the claim (stop, pay, free, receive, cancel, hear
# more, confirm one's data), not an appointment (``legit_press``).
_ACT = (r"(?:(?:parler|discuter|communiquer|etre mis en (?:communication|relation)|joindre) (?:a |avec )?"
        rf"(?:un |une |l ?|notre |nos |le |la )?(?:\w+ )?{_PERSON}|etre transfere|"
        r"eviter|empecher|arreter|stopper|bloquer|debloquer|regler|payer|effectuer (?:un|le|votre) paiement|"
        r"acquitter|recevoir|reclamer|obtenir|profiter|beneficier|activer|reactiver|retablir|conserver|garder|"
        r"maintenir|contester|(?:en )?savoir plus|plus d ?informations?|plus de (?:details|renseignements)|"
        r"(?:vous |s )?inscrire|reduire|baisser|diminuer|eliminer|verifier (?:votre |si vous )|"
        # (cancelling a visit is ``legit_press``)
        r"annuler(?! (?:\w+ )?(?:rendez|rdv|visite|consultation|reservation|examen|inscription))|"
        r"(?:confirmer|mettre a jour|valider|verifier) (?:votre |vos )?(?:identite|adresse|informations|renseignements|"
        r"coordonnees|numero|dossier|compte))")
_FOR = r"(?:pour|afin de|afin d)"
# The one who "will be" something ("sera", "va etre", "pourrait etre", "a ete")
_WILL_BE = r"(?:sera|seront|va etre|vont etre|pourrait etre|pourraient etre|risque d ?etre|a ete|ont ete|est)"
# The listener's own papers, accounts and numbers (not an office, a flight or an appointment)
_THEIRS = (r"(?:numero d ?assurance sociale|nas|n a s|compte|comptes|carte|cartes|carte de credit|carte de debit|"
           r"acces|accesd|acces d|prestations?|pension|passeport|visa|permis(?: de (?:conduire|travail))?|statut|"
           r"carte (?:d ?)?assurance maladie|carte soleil|ligne|numero|cellulaire|dossier|citoyennete|"
           r"residence permanente|carte de residence)")
# A detail asked for, not the warning never to give it ("ne donnez jamais votre NIP", "nous ne vous
# demanderons jamais de confirmer votre code")
_NEVER = (r"(?<!ne )(?<!n )(?<!jamais )(?<!pas )(?<!jamais de )(?<!pas de )(?<!jamais d )(?<!jamais de nous )"
          r"(?<!jamais de vous )(?<!rien )")
# "don't tell", "say nothing", not a surprise party kept from dad
_DONT_TELL = (r"(?:ne )?(?:dis|dites|dit|disez|raconte|racontes|racontez|parle|parles|parlez)"
              r"(?: le| la| leur| lui| ca| en)? (?:rien|pas|pas un mot|jamais)"
              r"(?!(?: \w+){0,10} (?:surprise|cadeau|fete|anniversaire)\b)")
# A relative, as the caller addresses the listener or names the one in trouble
_KIN = (r"(?:grand maman|grand mere|grand papa|grand pere|mamie|mamy|papi|papy|pepere|memere|maman|papa|mom|"
        r"matante|ma tante|mononcle|mon oncle|tatie|tonton|parrain|marraine)")
_PHONE = r"(?:telephone|cellulaire|cell|portable|tel)"
# A sum as texts write it once normalised: "0,99 €" reads "0 99 euro", "3,05 $" reads "3 05 dollar", "$ 25" reads
# "dollar 25"
_MONEY = r"(?:(?:dollar|euro) \d+(?: \d+)*|\d+(?: \d+)* (?:euro|euros|eur|dollar|dollars|cad|chf))"
# a code the reader was just sent ("je t ai envoye un code", "le code que vous avez recu"), not a door's or a wifi's
_SENT_CODE = (r"(?:(?:je t ?ai|jt ?ai|je vous ai|on t ?a|on vous a|ils t ?ont|ils vous ont) (?:envoye|transfere|mis|"
              r"fait envoyer|envoyer)(?: par erreur| sans faire expres| par megarde)? (?:un|le|ce) code|(?:t ?as|tu as|"
              r"vous avez) (?:du |d ?)?recevoir (?:un|le) code|(?:tu vas|vous allez) recevoir (?:un|le) code|(?:un|"
              r"le) code "
              r"(?:\w+ ){0,2}(?:va|devrait) (?:vous |te )?(?:arriver|parvenir)|code"
              r"(?: \w+){0,4} (?:que (?:tu as|t ?as|vous avez|tu viens de|vous venez de) (?:recu|recevoir)|qui "
              r"(?:vient d ?|"
              r"t ?est |vous est )?(?:arrive|arriver)|recu par (?:sms|texto)|par erreur|a \d+ chiffres|de (?:\d+|"
              r"quatre|"
              r"cinq|six) chiffres))")
# "in a moment": the call promised by the text
_SOON = (r"(?:dans (?:quelques|les (?:prochaines|minutes qui suivent)) (?:minutes|instants)|sous peu|incessamment|"
         r"tres rapidement|dans l ?heure|d ici quelques minutes|dans un instant)")
_WILL_CALL = (r"(?:vous (?:appellera|appelleront|rappellera|rappelleront|contactera|contacteront|telephonera)|va vous "
              r"(?:appeler|rappeler|contacter|telephoner)|vont vous (?:appeler|rappeler|contacter)|(?:vous serez|vous "
              r"allez "
              r"etre) (?:appele|rappele|contacte)e?)")

FRENCH: dict[str, str] = {
    # --- the robocall's key: "pour parler a un agent appuyez sur le 1" -----------------------
    "robocall": (
        rf"{_PRESS}|ceci est un (?:message|appel) (?:automatise|enregistre|preenregistre|pre enregistre)|"
        rf"{_FOR} (?:parler|discuter) (?:a|avec) (?:un|une|l ?|notre) (?:\w+ )?(?:agent|agente|conseiller|conseillere|"
        r"representant|representante|prepose|preposee|operateur|operatrice|enqueteur|officier)|"
        r"(?:pour|afin d ?)etre (?:retire|supprime|enleve)e? de (?:notre|la|nos|cette) liste"),
    "press_to_act": (
        # the key to a person or to settle the claim, or the last words of the message
        rf"{_PRESS} (?:(?:maintenant|immediatement|des maintenant|aujourdhui|tout de suite|sans tarder)\b|"
        rf"et (?:un|une|l ?|notre|nos|vous) (?:\w+ ){{0,2}}(?:{_PERSON}|serez|pourrez)|{_FOR} (?:\w+ )?{_ACT})|"
        # ... the last words (not a "2", the other answer of a card alert's yes or no)
        r"(?<!francais )(?<!anglais )(?<!langlais )(?<!english )(?<!french )(?<!espagnol )"
        rf"(?:{_PRESS_VERB} (?:sur )?(?:(?:le |la )?(?:touche|chiffre|option) |le |la )?|faites le )"
        r"(?!deux|2)(?:zero|un|trois|quatre|cinq|six|sept|huit|neuf|\d)$|"
        # ... or the purpose first: "pour eviter la suspension de vos prestations appuyez sur le 1"
        rf"{_FOR} (?:\w+ )?{_ACT}(?: \w+){{0,6}} {_PRESS_ANY}|"
        # ... or no key: "restez en ligne pour parler a un conseiller"
        rf"(?:restez|demeurez|rester) en ligne (?:{_FOR} (?:\w+ )?{_ACT}|et (?:un|une|l ?|notre) (?:\w+ )?{_PERSON})"),
    "legit_press": (
        # a key to confirm, move or cancel a visit, to hear the message again, to renew a prescription
        rf"{_FOR} (?:confirmer|reporter|modifier|annuler|deplacer|changer|prendre|fixer) (?:votre |le |un |la )?"
        rf"(?:rendez vous|rdv|visite|consultation|examen|presence|reservation)(?: \w+){{0,3}} {_PRESS_ANY}|"
        rf"{_PRESS_ANY} {_FOR} (?:confirmer|reporter|modifier|deplacer)"
        r"(?: (?:votre |le |la )?(?:rendez vous|rdv|visite|presence|reservation)|$)|"
        rf"{_FOR} (?:reentendre|reecouter|repeter|entendre (?:a nouveau|de nouveau|encore)|ecouter (?:a nouveau|"
        rf"de nouveau)) (?:ce |le )?message(?: \w+){{0,2}} {_PRESS_ANY}|"
        rf"{_FOR} (?:renouveler|commander) (?:votre |vos |une |la |les )?(?:ordonnance|prescription|medicament)s?"
        rf"(?: \w+){{0,3}} {_PRESS_ANY}|"
        rf"{_FOR} (?:parler|joindre) (?:a|au|avec) (?:la |le |l ?|un |une )?(?:pharmacie|pharmacien|pharmacienne|"
        rf"reception|clinique|ecole|secretariat)(?: \w+){{0,2}} {_PRESS_ANY}|"
        # the bank's yes/no alert: "si vous reconnaissez cette transaction appuyez sur le 1"
        r"si (?:vous )?(?:reconnaissez|avez (?:effectue|autorise|fait)|etes a l ?origine d ?e?) "
        r"(?:cette |cet |la |le |l ?)?(?:transaction|achat|operation|paiement|depense|commande)"
        rf"(?: \w+){{0,4}} {_PRESS_ANY}|"
        rf"si (?:c est|cest|c etait|cetait) (?:bien )?vous(?: \w+){{0,3}} {_PRESS_ANY}"),
    # --- threats and their consequences ---------------------------------------------------
    "utility_cutoff": (
        # "dernier avis avant coupure de votre compteur"
        r"(?:dernier avis|derniere relance|dernier rappel) avant (?:la )?coupure|"
        # "votre service d electricite sera interrompu aujourdhui", "le courant sera coupe dans 30 minutes"
        r"(?:service|electricite|courant|gaz|eau|chauffage|alimentation|internet)(?: \w+){0,3} (?:sera|va etre|"
        r"pourrait etre) (?:coupe|interrompu|debranche|deconnecte|suspendu|interrompue|coupee|suspendue)"
        r"(?! (?:\w+ ){0,8}(?:pour|en raison) (?:des |de |d )?(?:travaux|entretien|maintenance))|"
        r"(?:coupure|interruption|debranchement|deconnexion|suspension) (?:\w+ ){0,4}(?:pour|en raison d ?(?:un|une|"
        r"e)|a cause d ?(?:un|une|e)|faute de|pour cause de) (?:\w+ )?(?:non paiement|defaut de paiement|solde impaye|"
        r"solde en souffrance|facture impayee|factures impayees|retard de paiement|paiement)|"
        r"(?:eviter|empecher|arreter|stopper|annuler) (?:la |le )?(?:coupure|debranchement|deconnexion|interruption "
        r"de (?:votre )?service)|(?:couper|debrancher|interrompre|suspendre) (?:votre |le |la |l ?)"
        r"(?:service|electricite|courant|gaz|eau|chauffage|alimentation)|"
        r"(?<!votre )(?<!ton )(?:technicien|equipe|camion)(?: \w+){0,3} (?:est |sont )?(?:deja )?en (?:route|chemin)"
        r"(?! (?:\w+ ){0,4}pour "
        r"(?:votre|la) (?:reparation|rendez vous|installation))|"
        r"(?:vous )?(?:retrouver|retrouverez|serez|resterez|rester) sans (?:electricite|courant|chauffage|gaz|eau)"),
    "suspension_threat": (
        # "votre numero d assurance sociale a ete bloque", "vos prestations seront suspendues"
        rf"(?:votre|vos|ton|tes) {_THEIRS}(?: \w+){{0,3}} {_WILL_BE} (?:temporairement )?(?:bloque|suspendu|annule|"
        r"gele|desactive|ferme|revoque|resilie|coupe|compromis)e?s?|"
        r"(?:nous allons|nous devrons|nous devons|on va) (?:devoir )?(?:bloquer|suspendre|annuler|fermer|geler|"
        rf"desactiver|revoquer) (?:votre|vos) {_THEIRS}"),
    "account_locked": (
        # "votre compte a ete bloque", "votre acces accesd est suspendu"
        r"(?:votre|ton) (?:compte|carte|acces|accesd|acces d|dossier en ligne|espace client|profil)(?: \w+){0,2} "
        r"(?:a ete|est|est temporairement|a ete temporairement) (?:bloque|suspendu|gele|verrouille|restreint|"
        r"desactive)e?"),
    "legal_threat": (
        # a warrant, an arrest, a deportation, the police at the door, a social insurance number "suspended"
        r"mandat d ?(?:arret|arrestation|amener|perquisition)|(?:vous serez|vous allez etre|vous pourriez etre|"
        r"vous risquez d ?etre) (?:\w+ )?(?:arrete|arretee|detenu|detenue|incarcere|incarceree|expulse|expulsee|"
        r"deporte|deportee|emprisonne|emprisonnee)|"
        r"(?:la )?(?:grc|police|policiers|gendarmerie|gendarmes|surete du quebec|huissiers?)(?: \w+){0,3} (?:se "
        r"presentera|se presenteront|va se presenter|vont se presenter|viendra|viendront|sera envoyee?|seront envoyes) "
        r"(?:\w+ ){0,2}(?:chez vous|a votre (?:domicile|porte|adresse|residence))(?! (?:\w+ ){0,3}pour (?:prendre|"
        r"recueillir) (?:votre|une|la) (?:deposition|declaration|plainte))|"
        r"poursuites? (?:penales?|criminelles?)|accusations? criminelles?|blanchiment d ?argent|trafic de drogue|"
        r"(?:numero d ?assurance sociale|nas|n a s)(?: \w+){0,4} (?:a ete|est|sera|va etre) (?:\w+ )?(?:suspendu|"
        r"bloque|annule|compromis|signale|lie a)|"
        r"(?:passeport|statut|visa|permis de travail|residence permanente|citoyennete)(?: \w+){0,3} (?:sera|va etre|"
        r"pourrait etre) (?:\w+ )?(?:annule|revoque|suspendu|refuse)e?"),
    "lawsuit_notice": (
        # "une procedure judiciaire sera entamee contre vous", "une poursuite a ete deposee contre vous"
        r"(?:procedure|poursuite)s? (?:judiciaires? |legales? |penales? )?(?:\w+ ){0,3}(?:contre vous|"
        r"a votre nom|en votre nom|a votre encontre)|(?:procedure|poursuite|action)s? (?:judiciaires?|legales?) "
        r"(?:sera|seront|a ete|ont ete|va etre) (?:\w+ )?(?:entamee|engagee|intentee|lancee|deposee|ouverte)s?|"
        r"citation a comparaitre|assignation (?:a comparaitre|en justice)|(?:vous serez|vous allez etre) "
        r"(?:poursuivi|poursuivie|convoque|convoquee) (?:en justice|devant (?:le|un) (?:tribunal|juge))"),
    "tax_debt": (
        # "des irregularites dans vos declarations de revenus", "impots impayes", "vous devez a l agence du revenu"
        r"(?:irregularites?|erreurs?|anomalies?|fraude|divergences?) (?:\w+ ){0,3}(?:dans|sur) (?:vos|votre) "
        r"(?:declarations?|dossier fiscal|dossier d ?impot|impots)|declaration (?:de revenus |d ?impots? )?"
        r"frauduleuse|(?:fraude|evasion) fiscale|dette (?:fiscale|d ?impots?)|arrieres? d ?impots?|"
        r"(?:impots?|taxes) (?:\w+ )?(?:impayes?|impayees|non payes?|non payees|en souffrance|en retard|dus)|"
        r"(?:vous devez|vous devriez|dette|solde du|montant du|somme due)(?: \w+){0,5} (?:a l ?agence du revenu|a "
        r"l ?arc|a revenu quebec|au fisc|a l ?impot|au gouvernement|aux impots)|"
        r"(?:amende|penalite)s? (?:\w+ )?(?:impayees?|non reglees?|non payees?|en souffrance)"),
    "consequence": (
        # "si vous ne rappelez pas aujourdhui une procedure judiciaire sera entamee", "sinon ... sera coupe",
        # "si vous ne payez pas, un huissier se presentera"
        r"(?:sinon|faute de quoi|a defaut de quoi|a defaut de (?:paiement|payer|rappeler|regler)|si vous ne "
        r"(?:rappelez|payez|reglez|repondez|communiquez|nous rappelez|agissez|faites rien)(?: \w+)? pas|"
        # (not a visit or a booking: "sinon votre rendez vous sera annule")
        r"sans (?:votre )?(?:paiement|reponse|rappel))(?!(?: \w+){0,4} (?:rendez|rdv|reservation|inscription)\b)"
        r"(?: \w+){0,8} (?:se presenteront|se presentera|viendront "
        r"(?:vous|chez)|viendra (?:vous|chez)|(?:sera|seront|serez|vous serez|allez etre|va etre|vont etre|pourrait|"
        r"pourraient|risque|risquez|nous devrons|nous allons) (?:\w+ )?(?:entame|engage|intente|coupe|interrompu|"
        r"suspendu|bloque|annule|arrete|poursuivi|expulse|saisi|emis|transfere|envoye|retourne|detruit|perdre|"
        r"proceder|etre|depose|lance)\w*)|"
        r"(?:vous allez|vous pourriez|vous risquez de|risquez de) perdre (?:votre|vos) (?:prestations?|pension|"
        r"statut|couverture|argent|compte|service|acces|maison|permis|residence)"),
    "unsolicited_alert": (
        # "nous avons detecte une transaction inhabituelle", "nous avons constate des irregularites"
        r"(?:nous avons|on a|notre systeme a|nos systemes ont) (?:\w+ )?(?:detecte|constate|releve|remarque|identifie|"
        r"decele|note|signale|repere)(?: \w+){0,2} (?:une?|des|plusieurs) (?:\w+ )?(?:irregularites?|anomalies?|"
        r"activites?|transactions?|problemes?|fraudes?|erreurs?|tentatives?|connexions?|achats?|virus|"
        r"paiements?|retraits?|virements?)"),
    # --- the bank's "service de securite", the card collected, the code and the PIN -------------
    "bank_fraud": (
        r"service (?:de |d )?(?:securite|fraude|fraudes|prevention (?:de la |des )?fraudes?|lutte contre la fraude|"
        r"anti ?fraudes?)|(?:departement|equipe|division|centre) (?:de |des |d )?(?:securite|fraudes?|antifraude)|"
        r"(?:transaction|activite|achat|virement|connexion|retrait|operation|paiement)s? (?:\w+ )?(?:inhabituel|"
        r"suspect|frauduleu|non autorise)(?:le|se|e|x)?s?|(?:compte|carte) (?:\w+ )?(?:a ete )?(?:pirate|compromis|"
        r"clone)e?"),
    "cash_parcel": (
        # "un messager passera chez vous pour recuperer votre carte" (no bank collects a card)
        r"(?<!jamais )(?:messager|coursier|livreur|agent|representant|employe|chauffeur|quelqu un)(?: \w+){0,8} "
        r"(?:recuperer|ramasser|chercher|prendre|collecter) (?:votre|vos|la|les|l ?) ?(?:ancienne |vieille )?"
        r"(?:carte|cartes|argent|enveloppe|bijoux|or|especes|comptant)|"
        r"(?:mettre|mettez|placer|placez|glisser|glissez) (?:l ?argent|les billets|l ?argent comptant|les especes|"
        r"votre carte|la carte|vos cartes) (?:\w+ ){0,2}dans (?:une|un) (?:enveloppe|boite|sac)"),
    "unexpected_charge": (
        # "si vous n etes pas a l origine de cet achat", "une commande ... a ete passee sur votre compte"
        # (not the second answer of a card alert's yes or no: "... appuyez sur le 1, sinon appuyez sur le 2")
        r"(?<!le 1 )(?<!sur 1 )(?<!le un )si (?:vous n ?(?:etes|avez) pas (?:a l ?origine d ?e?|effectue|autorise|fait|"
        r"passe)|vous ne reconnaissez pas|ce n ?est pas vous|cen est pas vous) (?:cette |cet |la |le |l ?|ce )?"
        r"(?:achat|transaction|commande|paiement|operation|prelevement|virement|depense|frais)|"
        r"(?:commande|achat|abonnement|renouvellement)(?: \w+){0,8} (?:a ete|sera) (?:passee?|effectuee?|facturee?|"
        r"renouvelee?|debitee?) (?:sur|a) (?:votre|ton) compte"),
    "ask_code": (
        # "le code de verification" ("de verif..." is joined to "deverification" by the normaliser)
        r"code (?:de ?|d ?|du )?(?:verification|securite|confirmation|validation|authentification|activation)|"
        r"code (?:a usage unique|unique|temporaire|par texto|par sms|recu par texto)"),
    "code_demand": (
        # the code read back: "lisez moi le code que vous venez de recevoir"
        rf"{_NEVER}(?:lire|lisez|lis|me lire|nous lire|donner|donnez|me donner|nous donner|confirmer|confirmez|"
        r"dicter|dictez|repeter|repetez|communiquer|communiquez|transmettre|transmettez|me dire|dites moi|dites nous|"
        r"me transmettre|nous transmettre) (?:\w+ ){0,3}(?:le |ce |les |ces |votre )?codes?(?! postal)|"
        r"codes? (?:\w+ ){0,3}(?:que vous (?:allez recevoir|avez recu|venez de recevoir|recevrez)|qu on vous a envoye|"
        r"que (?:nous|je) (?:vous )?(?:avons envoye|allons envoyer|venons d ?envoyer|vais envoyer|viens d ?envoyer))|"
        r"(?:envoyer|envoie|envoyons|envoyer|recevoir|recevrez|recevez) (?:\w+ ){0,2}code(?: \w+){0,8} (?:me|nous) le "
        r"(?:communiquer|donner|lire|dicter|transmettre|confirmer|repeter)"),
    "credential_demand": (
        rf"{_NEVER}(?:confirmer|confirmez|donner|donnez|me donner|nous donner|fournir|fournissez|dicter|dictez|"
        r"communiquer|communiquez|valider|repeter|repetez|me dire|"
        r"dites moi|nous dire|transmettre) (?:\w+ ){0,3}(?:votre |vos |ton |le |la )?(?:nip|mot de passe|mots de "
        r"passe|numero d ?identification personnel|code secret)"),
    "ask_card": (
        rf"{_NEVER}(?:confirmer|confirmez|donner|donnez|me donner|nous donner|fournir|dicter|dictez|lire|lisez|"
        r"verifier) (?:\w+ ){0,2}(?:le )?numero (?:complet )?de (?:votre |la )?carte|"
        r"date d ?expiration (?:de|sur) (?:votre |la )?carte|(?:les )?(?:trois|3) (?:chiffres|numeros) "
        r"(?:\w+ ){0,2}(?:au dos|a l ?endos|derriere)|"
        # the card at hand for the call that comes: "gardez votre carte bancaire a proximite"
        r"(?:gardez|garde|ayez|aie|preparez|prepare|munissez vous de|tenez) (?:votre |ta )?carte(?: bancaire| de "
        r"credit| "
        r"de debit)?(?: \w+){0,2} (?:a proximite|a portee de main|sous la main|pres de vous|prete?)"),
    "ask_ssn": (
        # as the English row reads "social insurance number"
        r"numero d ?assurance sociale"),
    "ask_personal": (
        r"(?:confirmer|confirmez|verifier|verifiez|valider|mettre a jour) (?:votre |vos )?(?:adresse|date de "
        r"naissance|nom complet|renseignements personnels|coordonnees)"),
    "safe_account": (
        r"(?:vers|dans|sur|a) un compte (?:securitaire|securise|protege|sur|temporaire|de protection|de securite|"
        r"refuge)"),
    "move_money": (
        r"(?:retirer|retirez|transferer|transferez|deplacer|deplacez|sortir|sortez|vider|videz) (?:\w+ ){0,2}"
        r"(?:tout|toute|tous|toutes|la totalite de) (?:votre|vos|ton|tes) (?:argent|epargnes?|economies|fonds|solde|"
        r"comptes?)"),
    # --- a parcel held until a fee is paid -----------------------------------------------
    "parcel_problem": (
        # "votre colis est retenu ... en raison de frais de douane impayes"
        r"(?:colis|envoi|paquet|livraison|marchandise)(?: \w+){0,6} (?:est |a ete |se trouve )?(?:retenue?|bloquee?|"
        r"suspendue?|interceptee?|saisie?)s? (?:\w+ ){0,5}(?:frais|paiement|droits|taxes|montant)|"
        r"(?:frais|droits|taxes) (?:de |d )?(?:douane|douanes|dedouanement|livraison|reexpedition|importation|"
        r"entreposage|manutention|port)(?: \w+){0,3} (?:impayes?|non (?:regles?|payes?|acquittes?)|en souffrance)|"
        # a redelivery fee (no carrier charges one by phone)
        r"(?<!aucuns )(?<!sans )(?<!pas de )frais (?:de |d )?(?:reexpedition|relivraison|nouvelle livraison)|"
        r"(?:colis|envoi|paquet)(?: \w+){0,6} (?:contenant|contient|avec) (?:\w+ ){0,3}(?:passeports?|cartes "
        r"bancaires|drogues?|stupefiants)"),
    "parcel_trouble": (
        # "un colis a votre nom est retenu", "retenu a la douane", "sera retourne a l expediteur"
        r"(?:colis|envoi|paquet)(?: \w+){0,5} (?:est |a ete |se trouve )?(?:retenu|bloque|intercepte|saisi)e?s?|"
        r"retenue? (?:a la|aux|en|par la|par les) douanes?|"
        r"(?:colis|envoi|paquet|commande) (?:\w+ ){0,3}n ?a (?:pas )?pu etre (?:livree?|distribuee?)|"
        r"(?:sera|va etre|seront) (?:retourne|renvoye)e?s? (?:a l ?|a |au )(?:expediteur|envoyeur)|"
        r"adresse (?:de livraison )?(?:incomplete|incorrecte|invalide|erronee)"),
    "advance_fee": (
        # "pour recevoir votre prix il suffit de payer les frais de livraison"
        r"(?:pour|afin de) (?:recevoir|reclamer|obtenir|recuperer|toucher)(?: \w+){0,4} (?:il suffit de|vous devez|"
        r"il faut|vous n ?avez qu a|vous aurez a|il vous faudra) (?:payer|regler|acquitter|verser|deposer)|"
        r"(?:payer|regler|acquitter|verser) (?:\w+ ){0,2}(?:des |les |un |une )?(?:frais|taxes?|depot)(?: \w+){0,3} "
        r"(?:d ?avance|au prealable|avant de (?:recevoir|toucher|obtenir))"),
    "fee_to_release": (
        # "des frais de liberation", "payer les frais pour debloquer vos fonds"
        r"frais (?:de |d )?(?:liberation|deblocage)|"
        r"(?:frais|taxe|taxes|depot|montant|paiement) (?:\w+ ){0,6}(?:pour|afin de) (?:liberer|debloquer|recevoir|"
        r"recuperer|retirer) (?:votre|vos|le|la|les|l ?) ?(?:prix|colis|argent|fonds|remboursement|pret|gain|gains|"
        r"lot|heritage|envoi|solde|profits?)"),
    # --- a payment, a deposit, today ------------------------------------------------------
    "payment_demand": (
        r"(?:vous devez|il faut|vous devrez|devez|il vous faut) (?:\w+ )?(?:payer|regler|acquitter|verser|effectuer "
        r"(?:un|le) paiement)(?: \w+){0,4} (?:aujourdhui|immediatement|maintenant|sans delai|des maintenant|ce soir|"
        r"sur le champ|d ici ce soir)|"
        r"(?:payez|reglez|payer|regler) (?:\w+ ){0,3}(?:aujourdhui meme|immediatement|sur le champ|des maintenant)"),
    "wire_cash": (
        # (Western Union, MoneyGram are named the same in both languages: the English row reads them)
        r"(?:par|via|en|avec un|faire un|faites un|envoyer un|envoyez un|envoie un|envoie moi un) (?:virement|"
        r"transfert) interac|(?:par|en) mandat (?:poste|postal)|"
        r"(?:envoyer|envoyez|apporter|apportez|retirer|retirez) (?:\w+ ){0,3}(?:en )?(?:argent comptant|especes|"
        r"argent liquide)"),
    "crypto_demand": (
        r"guichet (?:automatique )?(?:bitcoin|crypto\w*)|"
        r"(?:envoyer|envoyez|deposer|deposez|payer|payez|transferer|transferez|convertir|convertissez|verser|"
        r"versez) (?:\w+ ){0,3}en (?:bitcoins?|crypto\w*|usdt)|(?:acheter|achetez) (?:des |du )?(?:bitcoins?|"
        r"crypto\w*)|(?:adresse|portefeuille) (?:de |du )?(?:portefeuille )?(?:bitcoin|crypto\w*)"),
    "gift_card": r"cartes? cadeaux?|cartes? (?:google play|itunes|steam|apple|prepayees?)",
    "gift_card_demand": (
        r"(?:acheter|achetez|procurez vous|aller chercher|allez chercher) (?:\w+ ){0,3}cartes? (?:cadeaux?|"
        r"google play|itunes|steam|apple|prepayees?)|"
        r"(?:gratter|grattez|lire|lisez|donner|donnez|dictez|envoyez|photographiez) (?:\w+ ){0,3}(?:le |les )?"
        r"(?:codes?|numeros) (?:\w+ ){0,3}(?:au dos|derriere) (?:des |de la |de chaque )?cartes?"),
    # --- a relative in trouble on a new number ----------------------------------------------
    "family_emergency": (
        # "grand maman c est moi", "j ai eu un accident", "je suis au poste de police"
        rf"{_KIN} (?:c ?est|cest) moi(?: \w+){{0,4}} (?:accident|trouble|petrin|probleme|ennuis|arrete|arretee|police|"
        r"prison|hopital|avocat)|(?:jai|j ai) eu un (?:\w+ )?accident|"
        r"(?:je suis|jsuis|chu) (?:\w+ )?dans (?:le trouble|le petrin|de beaux draps|la marde|la merde)|"
        r"(?:jai|j ai) (?:de gros |des gros |de graves |des )ennuis|"
        r"(?:je me suis fait|on m ?a|ils m ?ont|la police m ?a|les policiers m ?ont) (?:\w+ )?(?:arrete|arretee|"
        r"ramasse|embarque|coffre)|(?:je suis|jsuis|chu) (?:\w+ )?(?:en etat d ?arrestation|detenu|detenue|"
        r"au poste de police|en prison|en garde a vue|en detention|au cachot)|"
        rf"(?:jai|j ai) (?:perdu|brise|casse|echappe|noye|fait tomber) (?:mon|le) {_PHONE}|mon {_PHONE} (?:est "
        rf")?(?:brise|"
        r"casse|tombe dans l ?eau|perdu|vole|hs|hors service|mort|en panne|foutu|noye|a lache)|(?:on m ?a|je me suis "
        r"fait) "
        rf"(?:vole|voler) (?:mon|le) {_PHONE}|(?:c ?est|cest|voici) mon nouveau numero|"
        r"(?:ton|votre|ta) (?:petit fils|petite fille|fils|fille|neveu|niece) (?:\w+ )?(?:a ete|est) (?:\w+ )?"
        r"(?:arrete|arretee|detenu|detenue|en prison|a l ?hopital|implique)"),
    "new_phone_steer": (
        rf"(?:ecris|ecrivez|texte|textez|envoie|envoyez)(?: moi)? (?:un (?:message|texto) )?(?:sur|a|au) (?:ce|mon) "
        rf"(?:nouveau )?(?:numero|{_PHONE})|(?:enregistre|enregistrez|garde|gardez|note|notez) (?:mon|ce) nouveau "
        r"numero|(?:n ?utilise|n ?appelle|n ?ecris) (?:plus|pas) (?:\w+ )?(?:mon|l ?)(?:ancien|vieux) numero"),
    "secrecy": (
        # "dis rien a papa", "n en parle a personne", "gardez ca pour vous", "n appelez pas la police"
        rf"{_DONT_TELL} (?:a|au|aux) (?:ton |ta |tes |mon |ma |mes |votre |vos |la |le |les )?(?:personne|papa|"
        r"maman|pere|mere|parents|famille|banque|caissier|caissiere|conseiller|gerant|mari|femme|epouse|epoux|"
        r"enfants|fils|fille|frere|soeur|oncle|tante|mononcle|matante|grand pere|grand mere)|"
        r"(?:n ?en|nen) (?:parle|parlez|parles|dis|dites) (?:a personne|pas|rien)|"
        r"ne (?:le |la |leur )?(?:dis|dites|racontez|raconte) (?:a )?(?:personne|rien a personne)|"
        r"(?:garde|gardez) (?:ca|ceci|cela|le|tout ca) (?:secret|confidentiel|pour (?:toi|vous))|"
        r"(?:n ?appelle|n ?appelez|ne contacte|ne contactez|n ?avertis|n ?avertissez) pas (?:la police|la banque|"
        r"ta banque|votre banque)|ne (?:raccrochez|raccroche) pas|(?:restez|reste) en ligne avec moi"),
    "bail_lawyer": (
        # "rappelle l avocat, il va t expliquer", "mon avocat va vous appeler"
        r"(?:rappelle|appelle|contacte) (?:l ?|mon )avocat|"
        r"(?:l ?|mon |un )avocat(?: \w+){0,3} (?:va|vas|devrait|doit|vous|te|t) (?:vous |te |t ?)?"
        r"(?:appeler|telephoner|rappeler|contacter|expliquer)|"
        r"(?:avocat|avocate)(?: \w+){0,4} (?:represente|qui represente) (?:votre|ton|ta) (?:petit fils|petite fille|"
        r"fils|fille|neveu|niece)"),
    "money_plea": (
        # the new phone's ask: "tu peux me faire un virement de 980 EUR", "vous pouvez m envoyer 300"
        r"(?:tu peux|peux tu|tu pourrais|pourrais tu|vous pouvez|pouvez vous|pourriez vous|tu me) (?:me |m ?)?(?:faire|"
        r"envoyer|virer|preter|avancer|depanner de) (?:un virement|un lydia|un wero|un paylib|un transfert|un interac|"
        r"un "
        r"virement interac|de l ?argent|\d+)|"
        r"(?:jai|j ai) besoin (?:d ?argent|de \w+ (?:dollars|piastres|euros)|que tu m ?envoies|que vous m ?envoyiez|"
        r"que tu me (?:prete|pretes|fasses|vire)|que vous me (?:pretiez|fassiez))|"
        r"(?:envoie|envoyez|vire|virez|prete|pretez)(?: moi)? (?:de l ?argent|\w+ (?:dollars|piastres|euros))|"
        r"(?:payer|argent pour|montant de) la caution|la caution (?:est|de) (?:\w+ ){1,4}(?:dollars|euros)"),
    "told_not_to_tell": (
        # the cover story for the teller: "si le caissier vous demande, dites que c est pour des renovations"
        r"si (?:le |la |votre )?(?:caissier|caissiere|banque|conseiller|conseillere|gerant|employe|quelqu un)"
        r"(?: \w+){0,3} (?:demande|pose des questions|questionne)(?: \w+){0,4} (?:dites|dis|repondez|reponds) "
        r"(?:lui |leur )?que"),
    # --- the offers: a lower rate, a lapsed car plan, benefits, debts cut down ----------------
    "eligibility": (
        # "credit de 150 $ offert aux clients admissibles"
        r"(?:offerte?s?|verse|versee|accorde|accordee) aux (?:clients|foyers|menages|abonnes|beneficiaires) "
        r"(?:admissibles|eligibles)|"
        r"(?:vous etes|vous etes maintenant|vous seriez|vous pourriez etre|vous pouvez etre) (?:admissible|eligible|"
        r"preapprouve|pre approuve|preselectionne)e?s?|vous avez ete (?:preselectionne|selectionne|choisi|"
        r"preapprouve|pre approuve)e?s?(?! (?:\w+ ){0,3}(?:entrevue|entretien|poste|jury|sondage|enquete|etude))|"
        r"(?:proprietaires|aines|retraites|personnes agees|residents)(?: \w+){0,6} (?:sont|pourraient etre) "
        r"(?:maintenant )?(?:admissibles|eligibles)|"
        # money the reader is "entitled to": "vous avez droit a un remboursement"
        r"(?:vous avez|tu as) droit a (?:un |une )?(?:\w+ )?(?:remboursement|credit d ?impot|indemnisation|"
        r"compensation|prime|allocation)"),
    "rate_reduction": (
        r"(?:reduction|baisse|diminution) (?:de |du |des )?(?:votre |vos )?(?:taux|taux d ?interet)|"
        r"(?:reduire|baisser|diminuer|abaisser|couper) (?:\w+ ){0,3}(?:taux d ?interet|taux)|"
        r"taux d ?interet (?:\w+ ){0,3}(?:reduit|abaisse|aussi bas que)"),
    "debt_relief": (
        r"(?:eliminer|reduire|effacer|consolider|regrouper|annuler) (?:\w+ ){0,4}(?:vos|votre|ses) (?:dettes?|prets?|"
        r"cartes de credit)|(?:programme|aide) (?:federal |gouvernemental )?(?:d ?allegement|de reduction|de "
        r"consolidation|de pardon) (?:de |des )?dettes?|pardon de (?:dettes?|prets?)"),
    "warranty": (
        r"garantie (?:prolongee )?(?:de |du |sur )?(?:votre |ton )?(?:vehicule|voiture|auto|automobile|camion)|"
        r"(?:garantie|couverture|protection) (?:\w+ ){0,4}(?:expire|expiree|a expire|va expirer|arrive a echeance|est "
        r"echue|prend fin)(?! (?:\w+ ){0,3}(?:police|assurance habitation))"),
    "benefits_offer": (
        # "gratuit, subventionne par le gouvernement", as the English row reads "funded by the government"
        r"(?:subventionne|finance|paye|offert|commandite)e?s? par le gouvernement|programme (?:gouvernemental|federal|"
        r"provincial)(?: \w+){0,4} (?:gratuit|gratuite|sans frais|subvention|remise|rabais)|"
        r"(?:nouvelle )?carte (?:d ?assurance maladie|sante|soleil)(?: \w+){0,4} (?:gratuite|sans frais)"),
    "grant_offer": (
        r"subventions? (?:gouvernementales?|du gouvernement|federales?|provinciales?)|argent gratuit|"
        r"vous n ?aurez (?:jamais|pas) a (?:le |la |les )?rembourser"),
    "sales_offer": (
        r"(?:proprietaires|aines|retraites|personnes agees) (?:de votre (?:secteur|region|quartier)|de plus de|ages "
        r"de|dans votre (?:secteur|region|quartier))|(?:si vous n ?etes pas interesse|pour ne plus recevoir)"
        rf"(?: \w+){{0,2}} {_PRESS_ANY}"),
    "loan_debt": (
        r"pret (?:personnel )?(?:pre ?approuve|garanti|sans (?:verification|enquete) de credit)"),
    "prize": (
        # "felicitations vous avez gagne", "votre numero a ete tire", not "selectionne pour une entrevue"
        r"(?:felicitations )?vous avez (?:\w+ )?gagne(?! (?:\w+ ){0,2}(?:temps|du temps))|vous etes (?:le |la )?"
        r"(?:grand |grande )?gagnante?|votre (?:numero|billet|nom|courriel|cellulaire) a ete (?:tire|selectionne|"
        r"choisi)(?! (?:\w+ ){0,3}(?:entrevue|entretien|poste|jury|sondage|enquete|etude))|(?:reclamer|recuperer) "
        r"(?:votre|le) (?:prix|lot|gain|cadeau)"),
    "owed_money": (
        # "vous avez droit a un remboursement", "un remboursement ... en attente"
        r"(?:vous avez droit a|vous etes admissible a) un (?:\w+ )?(?:remboursement|credit|indemnisation|"
        r"compensation)|remboursement (?:\w+ ){0,4}(?:en attente|retenu|bloque|vous attend)"),
    "refund_process": (
        r"(?:pour|afin de) (?:obtenir|recevoir|reclamer|traiter) (?:votre|le) remboursement(?: \w+){0,4} "
        r"(?:appuyez|rappelez|confirmez|fournir|donnez|installez|telechargez)"),
    "recovery_offer": (
        r"(?:recuperer|recupere|recuperation) (?:\w+ ){0,4}(?:l ?argent|les fonds|vos fonds|votre argent|"
        r"sommes?) (?:que vous avez )?(?:perdu|perdus|perdue|vole|voles|volee|fraude)"),
    "investment": (
        r"(?:rendement|rendements|profits?|gains?) garanti(?:e|s|es)?|"
        r"(?:doubler|tripler) (?:votre|vos) (?:argent|placement|investissement)|"
        # a return counted by the day or the week: "gagnez 5 % par jour" reads "gagnez 5 par jour"
        r"(?:gagnez|gagner|gagne|rendement|rendements|profits?|gains?|rapporte|rapportent) (?:de )?(?:jusqu a )?\d+ "
        r"(?:pour cent )?par (?:jour|semaine)"),
    "platform_steer": (
        r"plateforme (?:de |d )?(?:trading|investissement|crypto\w*|bitcoin|placement)|"
        r"(?:mentor|mentore|analyste|expert|conseiller)(?: \w+){0,3} (?:envoie|donne|partage) (?:les |des )?"
        r"(?:signaux|conseils de trading)"),
    "job_offer": (
        r"(?:travail|travailler|emploi) (?:\w+ )?(?:a domicile|de la maison|a la maison|de chez vous)|"
        r"(?:gagnez|gagner|gagne) (?:jusqu a )?(?:\w+ ){1,3}(?:dollars|euros) par (?:jour|semaine|heure)|"
        r"(?:aimer|liker|evaluer|noter) (?:des |les )?(?:videos|produits|hotels|publications)"),
    "off_platform": r"(?:sur|par|via|avec moi sur) (?:whatsapp|telegram)",
    "remote_access": r"(?:acces|controle|connexion) a distance|prendre le controle de votre",
    "device_infected": (
        r"(?:ordinateur|appareil|cellulaire|telephone|routeur|adresse ip|portable)(?: \w+){0,3} (?:est |a ete |sont "
        r"|ont ete )?(?:infecte|pirate|compromis|hacke)e?s?|pirates? (?:\w+ )?(?:ont acces|dans votre|a acces)"),
    "tech_claim": r"(?:soutien|support|service) technique (?:de |d )?(?:microsoft|windows|apple)",
    "account_alert": (
        r"(?:quelqu un|une personne) (?:a tente|essaie|tente|a essaye) d ?(?:acceder|se connecter) a votre (?:compte|"
        r"dossier)|(?:nouvelle )?connexion (?:\w+ ){0,3}(?:depuis un (?:nouvel )?appareil|inhabituelle|suspecte)"),
    # --- pressure ---------------------------------------------------------------------------
    "urgency": (
        # (not "urgence", the emergency room, nor "ce n est pas urgent")
        r"immediatement|des que possible|le plus tot possible|le plus rapidement possible|au plus vite|sans delai|"
        r"sans tarder|de toute urgence|(?<!pas )(?<!rien d )(?<!rien de )(?<!nest pas )urgente?s?\b|"
        r"aujourdhui (?:meme|seulement)|(?:dernier|ultime) (?:avis|rappel|avertissement)|avis final|"
        r"derniere chance|offre (?:\w+ ){0,2}limitee|places (?:sont )?limitees"),
    "deadline": (
        r"(?:dans|d ici) les (?:prochaines )?(?:vingt quatre|quarante huit|soixante douze|24|48|72) (?:prochaines )?"
        r"heures|d ici (?:la fin de la journee|ce soir|minuit)|avant (?:la fin de la journee|minuit|ce soir)|"
        r"(?:derniere|ultime) (?:tentative|chance)|(?:l ?offre|la promotion|les inscriptions) (?:\w+ )?(?:se termine|"
        r"prend fin|expire|termine) (?:aujourdhui|demain|ce soir|vendredi|cette semaine)"),
    "callback_demand": (
        # the line the text wants rung: "contactez le service anti fraude au", "appelez le 514 ... immediatement"
        r"(?:appelez|contactez|joignez|composez)(?: \w+){0,4} (?:immediatement|sans delai|au plus vite|des maintenant|"
        r"rapidement|d urgence)|(?:appelez|contactez|joignez) (?:le |la |notre |nos )?(?:service|departement|equipe|"
        r"cellule|centre|ligne)(?: \w+){0,4} au \+?\d+|"
        # "rappelez nous", "veuillez nous rappeler", "retournez notre appel"
        r"rappelez (?:nous|moi)|rappelle (?:nous|moi)|veuillez (?:nous )?(?:rappeler|contacter|communiquer avec nous)|"
        r"retournez (?:notre |mon |cet |l ?)appel|(?:communiquez|communiquer) avec nous (?:au|immediatement|sans "
        r"delai|aujourdhui|des que possible)|contactez (?:nous|moi) (?:au|immediatement|sans delai|aujourdhui)"),
    # --- what honest callers say ------------------------------------------------------------
    "legit_no_ask": (
        # "nous ne vous demanderons jamais votre NIP", "ne communiquez jamais votre mot de passe"
        r"(?:nous|on|(?:\w+ ){0,2}(?:banque|caisse|desjardins|agence)) ne (?:vous )?(?:demanderons|demandera|"
        r"demandons|demande|allons|va|appellerons|appelons) (?:\w+ )?jamais (?:\w+ ){0,3}(?:votre |vos |de |d ?|le |"
        r"un )?(?:nip|mot de passe|code|codes|numero de carte|renseignements|informations|paiement|argent)|"
        r"ne (?:communiquez|divulguez|donnez|partagez|transmettez|dites) jamais (?:votre |vos |ce |le |ces )?(?:nip|"
        r"mot de passe|code|codes)|nous n ?acceptons (?:pas|aucun) (?:de )?paiements? par telephone"),
    "legit_bank": (
        r"(?:numero|telephone) (?:inscrit |indique |imprime |qui figure |qui se trouve |qui apparait )?(?:au dos|a "
        r"l ?endos|derriere|sur le dos) de (?:votre|la) carte|"
        # the branch in person, with an ID: "veuillez vous presenter a votre caisse avec une piece d identite"
        r"en personne (?:a|dans) (?:votre |une |la )?(?:caisse|succursale|agence)|(?:presenter|presentez) (?:vous )?"
        r"(?:a|dans) (?:votre|la|une) (?:caisse|succursale|agence)(?: \w+){0,3} (?:avec|muni|munie) (?:d ?une|une|de "
        r"votre|votre) piece d ?identite"),
    "legit_appointment": (
        r"rappel (?:de|pour|concernant) (?:votre )?(?:rendez vous|rdv|vaccin|vaccination|examen|nettoyage|"
        r"ordonnance|consultation)|(?:votre|vos) (?:ordonnance|prescription|medicament|renouvellement)s? (?:\w+ )?"
        r"(?:est|sont) (?:prete?s?|pret)|prete?s? (?:a etre (?:recupere|ramasse)|pour (?:la )?cueillette)|"
        r"(?:confirmer|confirmons) votre rendez vous|"
        # a carrier's own schedule change: "votre vol AC 123 a ete annule", "reserve sur le vol suivant"
        r"votre (?:vol|train|traversier|autocar)(?: \w+){0,3} (?:a ete|est) (?:annule|retarde|modifie|devance)|"
        r"(?:re ?reserve|replace)e? sur (?:le|un) (?:vol|train) (?:suivant|de)"),
    "legit_delivery": (
        r"(?:colis|commande|envoi|paquet) (?:\w+ ){0,5}(?:sera|a ete|va etre) (?:livree?|expediee?)s?|(?:un )?avis "
        r"(?:de livraison )?a ete laisse|signature (?:est )?requise|(?:colis|envoi|paquet) (?:\w+ ){0,2}(?:est )?"
        r"(?:disponible|pret) (?:au|en|a votre) (?:bureau de poste|comptoir|point de (?:retrait|service))"),
    "legit_no_action": (
        # "aucune action n est requise", a utility's planned outage
        r"aucune (?:action|demarche|intervention) (?:de votre part )?n ?est (?:requise|necessaire)|vous n ?avez rien a "
        r"faire|(?:ce n ?est|cest|c est) pas urgent|(?:interruption|panne|coupure)s? (?:de service |de courant )?"
        r"(?:planifiee|programmee)s?|travaux (?:planifies|prevus|d ?entretien)|entretien planifie|"
        r"(?:le service|le courant|l ?electricite) (?:sera|devrait etre) retabli|si vous avez deja (?:paye|regle)|"
        # an outage notice's "retablissement estime vers 18 h", as the English row reads "estimated restoration time"
        r"(?:retablissement|remise en service) (?:estimee?|prevue?)|heure (?:estimee|prevue) (?:de|du) retablissement"),

    # === texts (SMS, WhatsApp): the same evidence as the phone's, in the words of a message ===================
    # --- a fine, a toll, a parcel's small fee, to pay by link -----------------------------------------
    "fine_due": (
        # "avis de contravention", "amende majoree", "votre passage en flux libre n a pas ete regle", "peage impaye"
        r"avis de contravention|contraventions? (?:\w+ ){0,2}(?:impayees?|en attente|non reglees?|non payees?|"
        r"majorees?)|amendes? (?:forfaitaires? )?(?:\w+ )?(?:impayees?|non reglees?|non payees?|en attente|majorees?)|"
        r"(?:eviter|evitez|evite) (?:une |la |toute )?majoration|peages? (?:\w+ )?(?:impayes?|non regles?|non payes?|"
        r"en attente)|passages? (?:\w+ ){0,6}(?:n ?a|n ?ont) pas ete (?:regles?|payes?|acquittes?)|passages? "
        r"(?:\w+ ){0,3}(?:impayes?|non regles?)|solde (?:impaye|en souffrance|du)(?: \w+){0,6} (?:plaque|vehicule|"
        r"transpondeur|peage)|(?:retrait|perte) de (?:\d+ )?points? (?:sur votre permis|de permis)"),
    "pay_fee": (
        # "un supplement de 0,99 EUR est du", "droits de douane impayes de 2,19 EUR", "payez les frais de 3,05 $"
        rf"(?:frais|supplement|taxe|taxes|droits|penalite|amende|majoration|peage|montant du|montant restant du|solde "
        rf"impaye)(?: (?:de |d ?)?\w+){{0,2}} (?:de |d ?)?{_MONEY}|(?:payez|reglez|regularisez|acquittez|payer|regler|"
        rf"regulariser|acquitter|payant|reglant|regularisant)(?: \w+){{0,3}} (?:de )?{_MONEY}"),
    # --- an alert to disown, the call promised by the text, the line to ring ---------------------------
    "not_you": (
        # "si ce n est pas vous", "si vous n en etes pas l auteur", "vous ne reconnaissez pas cette operation"
        r"si (?:ce n ?est|cen est|c est|cest) pas (?:vous|toi)|si (?:ce n ?etait|c etait|cetait) pas (?:vous|toi)|"
        r"si vous n ?(?:en )?etes pas (?:l ?auteur|a l ?origine)|si vous n ?avez pas (?:effectue|fait|autorise|demande|"
        r"initie|realise) (?:cette|cet|ce|la|le|l ?)|vous ne reconnaissez pas (?:cette|cet|ce|la|le|l ?)|"
        r"(?:operation|transaction|paiement|achat|virement|connexion|prelevement)s? (?:non reconnue?s?|non "
        r"autorisee?s?|"
        r"inconnue?s?)"),
    "call_coming": (
        # "un conseiller vous appellera dans quelques minutes", "notre service anti fraude va vous contacter sous peu"
        rf"{_SOON} {_WILL_CALL}|{_WILL_CALL}(?: \w+){{0,6}} {_SOON}|"
        # (an adviser who rings back as asked, "dans la journee", to book a visit, is the bank's own)
        r"(?:un|une|notre|le|la) (?:conseiller|conseillere|agent|agente|specialiste|gestionnaire|operateur|operatrice|"
        r"representant|representante|service|equipe|departement|cellule)(?: de| du| d| des)?(?: service)? (?:de |d ?|"
        rf"anti ?)?(?:securite|fraudes?|la fraude|lutte contre la fraude)(?: \w+)? (?:qui )?{_WILL_CALL}"),
    # --- the code another service just sent, asked back by text -----------------------------------
    "sms_code_ask": (
        # "je t ai envoye un code pour t ajouter, tu peux me le renvoyer ?", "transmettez le code a notre conseiller"
        rf"{_SENT_CODE}(?: \w+){{0,10}} (?:me|nous) (?:le |la )?(?:renvoyer|renvoie|renvoies|renvoyez|transferer|"
        r"transfere|transferes|transferez|envoyer|envoie|envoies|envoyez|donner|donne|donnes|donnez|dire|dis|dites|"
        r"communiquer|communiques|communiquez|transmettre|transmets|transmettez|lire|lis|lisez|copier|recopier)\b|"
        r"(?:renvoie|renvoies|renvoyez|envoie|envoyez|transfere|transferez|donne|donnez|dis|dites|transmets|"
        r"transmettez)"
        rf"(?: moi| nous|(?: le)? moi)? (?:le|ce|ton|votre) {_SENT_CODE}|"
        r"(?:communiquez|donnez|dictez|indiquez|lisez|transmettez|communique|donne|indique|transmets) (?:le|votre|ce|"
        r"ton) code(?: \w+){0,3} (?:au|a notre|a l ?|a un|a une) (?:conseiller|conseillere|agent|agente|operateur|"
        r"operatrice|assistant|assistante|gestionnaire|specialiste|employe)|"
        r"(?:repondez|reponds|repondre) (?:a ce (?:message|sms) )?(?:avec|par) (?:le|votre|ton) code"),
    # --- a "mistaken" transfer to send back, money that needs the reader's code to arrive --------------
    "reversal_plea": (
        # "je vous ai vire 200 EUR par erreur, pouvez vous me les renvoyer" (not a friend's double payment: "je t ai
        # fait le virement deux fois")
        r"(?:je t ?ai|je vous ai|jai|j ai|on t ?a|on vous a) (?:envoye|vire|transfere|fait|verse)"
        r"(?: (?!deux fois|en double|de trop)\w+){0,6} (?:par erreur|par megarde|sans faire expres|par inadvertance|au "
        r"mauvais numero|a la mauvaise personne)(?: \w+){0,14} (?:rembourser|rembourse|remboursez|renvoyer|renvoie|"
        r"renvoyez|retourner|retourne|retournez|rendre|rends|rendez)\b|"
        r"(?:je me suis|jme suis) trompee? (?:de numero|de personne|de destinataire|de contact)(?: \w+){0,14} (?:me )?"
        r"(?:l ?|le |la |les )?(?:rembourser|renvoyer|retourner|rendre|renvoie|renvoyez|retourne|retournez|rends|"
        r"rendez)\b|"
        r"(?:entrez|saisissez|tapez|inscrivez|entre|saisis|tape) (?:votre|ton|le) (?:nip|code secret|mot de passe|code "
        r"confidentiel)(?: \w+){0,3} pour (?:recevoir|accepter|encaisser|debloquer|valider le depot)"),
    # --- "salut maman, c est mon nouveau numero": a relative on a new phone, and the ask -----------------
    "new_number": (
        rf"nouveau (?:numero|num|{_PHONE})|(?:numero|num|{_PHONE}) (?:temporaire|provisoire|prete|emprunte)|"
        rf"(?:j ?ai|jai) change de (?:numero|num|{_PHONE})|(?:celui|le {_PHONE}|le numero) (?:d ?un|d ?une|dune|dun) "
        r"(?:ami|amie|copine|copain|pote|collegue|voisin|voisine)|"
        # a text needs no "maman, c est moi"
        rf"{_KIN} (?:c ?est|cest) moi\b|"
        # "enregistre ce numero c mon nouveau"
        r"(?:enregistre|enregistrez|sauvegarde|garde) (?:ce|mon) (?:numero|num)(?: \w+){0,3} (?:nouveau|new)\b"),
    "sms_favour": (
        # "t es dispo ? j ai un petit souci", "tu peux me rendre un service ?", "mon appli bancaire ne marche pas"
        r"(?:tu peux|peux tu|tu pourrais|pourrais tu|vous pouvez|pouvez vous|pourriez vous) (?:me )?(?:rendre|faire) "
        r"(?:un )?(?:petit |grand |gros )?service|(?:j ?ai|jai) (?:un )?(?:petit |gros )?service a (?:te|vous) "
        r"demander|"
        r"(?:t ?es|tes|vous etes|es tu|etes vous) dispos?(?: \w+){0,3} (?:j ?ai|jai) (?:un |une )?(?:petit |petite |"
        r"gros "
        r"|grosse )?(?:souci|probleme|service|urgence|truc a te demander)|"
        r"(?:mon |l ?|ma )?(?:appli|application|app) (?:de (?:la |ma )?banque|bancaire)(?: \w+)? (?:ne marche pas|"
        r"marche "
        r"pas|bug|beugue|est bloquee|ne fonctionne pas|fonctionne pas|ne s ?ouvre pas)|(?:je dois|jdois|il faut que "
        r"je) "
        r"(?:payer|regler) (?:une|un|la|le|mon|ma) (?:\w+ )?(?:facture|loyer|amende|paiement|dette)(?: \w+){0,3} "
        r"(?:aujourdhui|ce soir|avant ce soir|avant demain|en urgence|urgent)|"
        # "si vous etes interesse, repondez oui"
        r"(?:si (?:vous etes|tu es|t ?es) )?interesse(?:e|s|es)? (?:\w+ )?(?:repondez|reponds|ecrivez|ecris moi|"
        r"contactez|"
        r"envoyez)"),
    # --- a job paid daily, a trading group --------------------------------------------------------
    # the task job's top-up: "pour debloquer le retrait, passez au niveau vip (recharge 250 euro)"
    "task_deposit": (
        r"(?:debloquer|liberer) (?:le |votre |vos )?(?:retraits?|gains)(?: \w+){0,6} (?:recharge|rechargez|recharger|depot|"
        r"deposez|niveau vip)|passez au niveau vip"),
    "sms_job": (
        # "200-500 EUR/jour, paiement quotidien", "aucune experience requise", "contactez mme girard sur whatsapp"
        r"paiement (?:quotidien|journalier)|paye (?:quotidienne|journaliere)|remuneration (?:quotidienne|journaliere)|"
        # the day's pay of a job offered (not a rental's "29 EUR / jour")
        r"(?:recrut\w+|d ?emploi|job|poste|mission|travail|teletravail|remuneration|salaire|gagnez|gagner|gagne|gains?)"
        rf"(?: \w+){{0,12}} {_MONEY} (?:par |la |a la )?(?:jour|journee|semaine)|aucune experience (?:requise|"
        r"necessaire|exigee)|sans experience (?:requise|necessaire|prealable)|(?:emploi|job|travail)s? (?:\w+ )?(?:a "
        r"domicile|en teletravail|en ligne|depuis (?:la maison|chez (?:vous|toi)|votre telephone|ton telephone))|"
        r"(?:\d+h|\d+|une|deux|"
        r"\d+ \d+) (?:h|heures?) par jour|(?:contactez|ecrivez a|ecrivez|ajoutez|contacte|ecris a|ecris) (?:\w+ ){0,3}"
        r"(?:sur|via|par) (?:whatsapp|telegram)|reception de colis a domicile|\d+ (?:euros?|dollars?) par (?:tache|"
        r"mission|avis|like|video)"),
    "sms_call_to_action": (
        # "texte oui au 438 ...", "repondez 1 pour en savoir plus" (not a booking's "repondez oui pour confirmer")
        r"(?:repondez|reponds|repond|texte|textez|envoyez|envoie|ecrivez) (?:oui|1|un) (?:au \+?\d+|pour (?!confirmer|"
        r"annuler|reporter|modifier|vous desabonner|vous desinscrire|ne plus)|et\b|maintenant)|"
        r"(?:repondez|reponds|ecrivez|envoyez) (?:\w+ )?pour (?:en savoir plus|plus d ?informations|postuler|"
        r"participer|"
        r"recevoir (?:les details|les instructions|plus d ?informations))|"
        r"(?:repondez|reponds|envoyez) (?:\w+ )?pour (?:parler|etre mis en relation) (?:a|avec) (?:un|une|le|la|notre) "
        r"(?:conseiller|conseillere|agent|agente|service|specialiste)"),
    # the link that opens only once the reader answers: "repondez 1 pour recevoir le lien", "activez le lien"
    "link_trick": (
        # "repondez oui puis rouvrez le lien", "repondez 1 puis cliquez de nouveau sur le lien"
        r"(?:repondez|reponds|repondre|envoyez) (?:\w+ )?(?:puis|et|ensuite) (?:rouvrez|rouvre|reouvrez|cliquez|clique|"
        r"ouvrez|ouvre)(?: de nouveau)?(?: sur)? le lien|"
        r"(?:repondez|reponds|repondre|envoyez) (?:\w+ )?(?:pour|afin de|et) (?:recevoir|activer|ouvrir|debloquer|"
        r"acceder a) le lien|(?:activez|activer|active|debloquez) le lien|(?:copiez|copie|collez|colle) (?:le lien )?"
        r"dans (?:votre|ton) navigateur"),
    "crypto_lure": (
        r"robot (?:de )?(?:trading|investissement|crypto\w*)|signaux (?:vip|de trading|quotidiens|gratuits)|groupe "
        r"(?:vip|prive|exclusif) (?:de |d )?(?:trading|investissement|crypto\w*|bourse|signaux)|retraits? "
        r"(?:instantanes?|immediats?|en quelques minutes)|\d+ (?:pour cent )?par (?:jour|semaine) (?:garantis?|de "
        r"rendement|de profit)"),
    # --- what the text wants typed in: the bank's details, the login ------------------------------------
    "sms_details_ask": (
        r"(?:confirmez|renseignez|indiquez|communiquez|transmettez|mettez a jour|validez|saisissez)(?: \w+){0,2} "
        r"(?:votre|vos) (?:iban|rib|coordonnees bancaires|informations bancaires|numero de compte|numero de carte)"),
    "ask_login": (
        # the iban, the social security number or the login asked by text: "confirmer votre iban dessus", "votre numero
        # de secu et l identifiant franceconnect"
        r"(?:confirmer|confirmez|envoyez|envoyer|donnez|donner|indiquez|communiquez)(?: moi)? (?:votre |ton |vos )?(?:iban|rib|"
        r"numero de (?:secu|securite sociale)|identifiants? franceconnect)\b|"
        r"(?:besoin|besoin juste) de (?:votre |ton )?(?:iban|rib|numero de (?:secu|securite sociale)|identifiant franceconnect)|"
        # "mise a jour gratuite", "regularisez sous 48h", "reclamez le avant le"
        r"(?:regularisez|regularise|regulariser|reclamez le|reclamez la|reclamez|reactivez le|reactivez la)\b|"
        # "reactivez votre acces", "mettez a jour votre moyen de paiement", "confirmez votre identite"
        r"(?:confirmez|verifiez|validez|mettez a jour|actualisez|reactivez|debloquez|retablissez|confirmer|verifier|"
        r"valider|mettre a jour|reactiver|debloquer|retablir) (?:votre |vos |ton |tes )?(?:identite|compte|acces|moyen "
        r"de paiement|moyens de paiement|informations de paiement|coordonnees bancaires|donnees bancaires|"
        r"identifiants)\b"),
    # --- what honest texts say: a code with nothing asked, a payment received ------------------------
    "legit_otp": (
        # "votre code de verification est 640118", "ne le divulguez a personne", "il expire dans 10 minutes" (the code
        # named: a bare "n en parle a personne" is a secret's)
        r"(?:code|mot de passe|nip)(?: \w+){0,10} ne (?:le |la )?(?:communiquez|divulguez|partagez|transmettez|donnez|"
        r"communique|divulgue|partage|transmets|donne) (?:jamais|a personne|pas)|ne (?:communiquez|divulguez|partagez|"
        r"transmettez|donnez) jamais (?:ce|votre|le|ton) (?:code|mot de passe|nip)|(?:votre|ton) code(?: \w+){0,5} "
        r"(?:est|est le) \d{4,8}|\d{4,8} est (?:votre|ton) code|(?:il |ce code )?(?:expire|expirera) dans \d+ "
        r"minutes|valable (?:pendant |durant )?\d+ minutes"),
    "legit_receipt": (
        # "vous avez recu un virement de 40 EUR de marie", "paiement effectue avec succes", "a ete traite"
        r"(?:vous avez|tu as) recu (?:un |une )?(?:virement |paiement |lydia |wero |transfert |depot )?(?:de )?"
        r"(?:\d+|dollar|euro)(?!(?: \w+){0,10} (?:mais|retenu|bloque|en attente))|"
        r"(?:virement|paiement|transaction|recharge|achat|prelevement) (?:\w+ ){0,8}(?:effectuee? avec succes|reussie?|"
        r"a ete traitee?)|(?:bloquee?|annulee?|desactivee?) (?:\w+ ){0,3}(?:comme vous l ?avez demande|a votre "
        r"demande)"),
}
