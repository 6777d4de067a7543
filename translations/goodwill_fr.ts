<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActivityCsvReader</name>
    <message>
        <source>%1 holds no .csv file</source>
        <translation>%1 ne contient aucun fichier .csv</translation>
    </message>
</context>
<context>
    <name>ActivityDataset</name>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
</context>
<context>
    <name>ActivityFields</name>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>«&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind (post, reply, reaction or recognition)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type (post, reply, reaction ou recognition)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (ISO 8601 with Z or an offset, e.g. 2026-01-05T14:03:11Z, or integer seconds since 1970)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date-heure (ISO 8601 avec Z ou un décalage, p. ex. 2026-01-05T14:03:11Z, ou nombre entier de secondes depuis 1970)</translation>
    </message>
    <message>
        <source>the time &apos;%1&apos; is outside 1990-2100</source>
        <translation>la date «&#xa0;%1&#xa0;» est hors de la plage 1990-2100</translation>
    </message>
    <message>
        <source>a %1 starts a thread: its thread_id is empty or its own id</source>
        <translation>un élément %1 ouvre un fil&#xa0;: son thread_id est vide ou égal à son propre id</translation>
    </message>
    <message>
        <source>a %1 needs a channel</source>
        <translation>un élément %1 doit avoir un canal</translation>
    </message>
    <message>
        <source>a %1 needs a parent_id</source>
        <translation>un élément %1 doit avoir un parent_id</translation>
    </message>
    <message>
        <source>a reaction needs an emoji</source>
        <translation>une réaction doit avoir un emoji</translation>
    </message>
    <message>
        <source>a recognition needs at least one recipient</source>
        <translation>une reconnaissance doit avoir au moins un destinataire</translation>
    </message>
    <message>
        <source>a recognition needs a recipient other than its author</source>
        <translation>une reconnaissance doit avoir un destinataire autre que son auteur</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice in this file</source>
        <translation>l&apos;id «&#xa0;%1&#xa0;» est utilisé deux fois dans ce fichier</translation>
    </message>
    <message>
        <source>a %1 starts a thread, so its parent_id must be empty</source>
        <translation>un élément %1 ouvre un fil&#xa0;: son parent_id doit donc être vide</translation>
    </message>
</context>
<context>
    <name>ActivityJsonlReader</name>
    <message>
        <source>%1, line %2: the line is longer than 16 MiB</source>
        <translation>%1, ligne %2&#xa0;: la ligne dépasse 16 Mio</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a number</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne ou un nombre</translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation>une ligne doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of strings</source>
        <translation>«&#xa0;%1&#xa0;» doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>a line must hold exactly one JSON object</source>
        <translation>une ligne doit contenir exactement un objet JSON</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is missing</source>
        <translation>la clé «&#xa0;%1&#xa0;» est absente</translation>
    </message>
    <message>
        <source>%1 holds no .jsonl (or .ndjson) file</source>
        <translation>%1 ne contient aucun fichier .jsonl (ou .ndjson)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide (enregistrez le fichier en UTF-8)</translation>
    </message>
</context>
<context>
    <name>BulkFile</name>
    <message>
        <source>&apos;%1&apos; already exists; choose another file name or remove it first</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom de fichier ou supprimez-le d&apos;abord</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appeared while it was being written; nothing was changed</source>
        <translation>«&#xa0;%1&#xa0;» est apparu pendant son écriture&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CapitalEngine</name>
    <message>
        <source>fewer than %1 staff: hidden to protect their privacy</source>
        <translation>moins de %1 collaborateurs&#xa0;: masqué pour protéger leur vie privée</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>CapitalLabels</name>
    <message>
        <source>Leader reply rate</source>
        <translation>Taux de réponse des dirigeants</translation>
    </message>
    <message>
        <source>Leader response time</source>
        <translation>Délai de réponse des dirigeants</translation>
    </message>
    <message>
        <source>Leader presence</source>
        <translation>Présence des dirigeants</translation>
    </message>
    <message>
        <source>Recognised share</source>
        <translation>Part reconnue</translation>
    </message>
    <message>
        <source>Leader recognition share</source>
        <translation>Part reconnue par un dirigeant</translation>
    </message>
    <message>
        <source>Recognition rate</source>
        <translation>Taux de reconnaissance</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation>Passerelles</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Social participation</source>
        <translation>Participation sociale</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Celebration</source>
        <translation>Célébration</translation>
    </message>
    <message>
        <source>Share of the department&apos;s staff comments to leaders answered by a leader within the reply window</source>
        <translation>Part des commentaires des collaborateurs du service adressés aux dirigeants auxquels un dirigeant a répondu dans le délai de réponse</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to the first leader reply in the thread</source>
        <translation>Nombre médian d&apos;heures entre un commentaire d&apos;un collaborateur et la première réponse d&apos;un dirigeant dans le fil</translation>
    </message>
    <message>
        <source>Share of seven-day blocks with a leader reply to the department&apos;s staff or a leader recognition of one of them</source>
        <translation>Part des blocs de sept jours comptant une réponse d&apos;un dirigeant aux collaborateurs du service ou une reconnaissance de l&apos;un d&apos;eux par un dirigeant</translation>
    </message>
    <message>
        <source>Share of the staff recognised at least once</source>
        <translation>Part des collaborateurs reconnus au moins une fois</translation>
    </message>
    <message>
        <source>Share of the staff recognised by a leader</source>
        <translation>Part des collaborateurs reconnus par un dirigeant</translation>
    </message>
    <message>
        <source>Recognitions received per member per 30 days</source>
        <translation>Reconnaissances reçues par membre et par période de 30 jours</translation>
    </message>
    <message>
        <source>Share of the staff who posted, replied or reacted</source>
        <translation>Part des collaborateurs ayant publié, répondu ou réagi</translation>
    </message>
    <message>
        <source>Of the staff active in the window before, the share still active</source>
        <translation>Parmi les collaborateurs actifs dans la fenêtre précédente, part encore active</translation>
    </message>
    <message>
        <source>Share of the staff&apos;s replies in threads started by another department</source>
        <translation>Part des réponses des collaborateurs dans des fils ouverts par un autre service</translation>
    </message>
    <message>
        <source>Mean tone of the staff&apos;s posts and replies, from -1 to 1</source>
        <translation>Ton moyen des publications et réponses des collaborateurs, de -1 à 1</translation>
    </message>
    <message>
        <source>Share of the staff active in social channels</source>
        <translation>Part des collaborateurs actifs dans les canaux sociaux</translation>
    </message>
    <message>
        <source>Reactions given per active member per 30 days</source>
        <translation>Réactions données par membre actif et par période de 30 jours</translation>
    </message>
    <message>
        <source>Share of the staff&apos;s posts and replies with a celebration or humour marker</source>
        <translation>Part des publications et réponses des collaborateurs comportant un marqueur de célébration ou d&apos;humour</translation>
    </message>
    <message>
        <source>staff comments to leaders</source>
        <translation>commentaires des collaborateurs aux dirigeants</translation>
    </message>
    <message>
        <source>comments a leader answered</source>
        <translation>commentaires auxquels un dirigeant a répondu</translation>
    </message>
    <message>
        <source>seven-day blocks</source>
        <translation>blocs de sept jours</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>collaborateurs</translation>
    </message>
    <message>
        <source>member-months (staff × window / 30 days)</source>
        <translation>mois-membres (collaborateurs × fenêtre / 30 jours)</translation>
    </message>
    <message>
        <source>staff active in the window before</source>
        <translation>collaborateurs actifs dans la fenêtre précédente</translation>
    </message>
    <message>
        <source>staff replies</source>
        <translation>réponses des collaborateurs</translation>
    </message>
    <message>
        <source>staff posts and replies</source>
        <translation>publications et réponses des collaborateurs</translation>
    </message>
    <message>
        <source>active member-months (active staff × window / 30 days)</source>
        <translation>mois-membres actifs (collaborateurs actifs × fenêtre / 30 jours)</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Authenticité</translation>
    </message>
    <message>
        <source>Pride</source>
        <translation>Fierté</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachement</translation>
    </message>
    <message>
        <source>Fun</source>
        <translation>Convivialité</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Over the %1 days to %2.</source>
        <translation>Sur les %1 jours jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>%1 on %2: no figures, %3</source>
        <translation>%1 au %2&#xa0;: aucun chiffre, %3</translation>
    </message>
    <message>
        <source>ECI down %1 points by %2</source>
        <translation>ECI en baisse de %1 points au %2</translation>
    </message>
    <message>
        <source>%1 down %2 points by %3</source>
        <translation>%1 en baisse de %2 points au %3</translation>
    </message>
    <message>
        <source>No ECI: nothing to measure in the window (no activity, or every signal thin)</source>
        <translation>Pas d&apos;ECI&#xa0;: rien à mesurer dans la fenêtre (aucune activité, ou tous les signaux insuffisants)</translation>
    </message>
    <message>
        <source>Left out for lack of data: %1</source>
        <translation>Exclus faute de données&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The selection total leaves out %1 (fewer than %n staff).</source>
        <translation>
            <numerusform>Le total de la sélection exclut %1 (moins de %n collaborateur).</numerusform>
            <numerusform>Le total de la sélection exclut %1 (moins de %n collaborateurs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation total leaves out %1 (fewer than %n staff).</source>
        <translation>
            <numerusform>Le total de l&apos;organisation exclut %1 (moins de %n collaborateur).</numerusform>
            <numerusform>Le total de l&apos;organisation exclut %1 (moins de %n collaborateurs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selection total&apos;s tone leaves out %1 (fewer than %n authors).</source>
        <translation>
            <numerusform>Le ton du total de la sélection exclut %1 (moins de %n auteur).</numerusform>
            <numerusform>Le ton du total de la sélection exclut %1 (moins de %n auteurs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation total&apos;s tone leaves out %1 (fewer than %n authors).</source>
        <translation>
            <numerusform>Le ton du total de l&apos;organisation exclut %1 (moins de %n auteur).</numerusform>
            <numerusform>Le ton du total de l&apos;organisation exclut %1 (moins de %n auteurs).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check needs exactly one database file: goodwill check FILE</source>
        <translation>check attend exactement un fichier de base de données&#xa0;: goodwill check FICHIER</translation>
    </message>
    <message>
        <source>%1
  created by Goodwill: %2
  schema version: %3
  integrity: %4
</source>
        <translation>%1
  créée par Goodwill&#xa0;: %2
  version du schéma&#xa0;: %3
  intégrité&#xa0;: %4
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>problèmes détectés</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 de plus)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: %2%3</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used: %2%3</source>
        <translation>«&#xa0;%1&#xa0;» est inutilisable&#xa0;: %2%3</translation>
    </message>
</context>
<context>
    <name>ContentHash</name>
    <message>
        <source>cannot read table %1</source>
        <translation>impossible de lire la table %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is empty: it has no header row</source>
        <translation>%1 est vide&#xa0;: il n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text: save it as UTF-8 CSV</source>
        <translation>%1 est du texte UTF-16&#xa0;: enregistrez-le en CSV UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un champ entre guillemets n&apos;est pas fermé avant la fin du fichier</translation>
    </message>
    <message>
        <source>a field is larger than 16 MiB</source>
        <translation>un champ dépasse 16 Mio</translation>
    </message>
    <message>
        <source>a quote stands inside an unquoted field, or a quoted field is not closed</source>
        <translation>un guillemet figure dans un champ sans guillemets, ou un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>%1 has no column &apos;%2&apos; (its header row names the columns)</source>
        <translation>%1 n&apos;a pas de colonne «&#xa0;%2&#xa0;» (sa ligne d&apos;en-tête nomme les colonnes)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>DataTables</name>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>This run left no report.</source>
        <translation>Cette importation n&apos;a laissé aucun rapport.</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;R</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>in-memory database</source>
        <translation>base de données en mémoire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Goodwill database (not an SQLite file)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données Goodwill (ce n&apos;est pas un fichier SQLite)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged or not a database (%2)</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé ou n&apos;est pas une base de données (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a Goodwill activity database (it has no schema_version table)</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite, mais pas une base d&apos;activité Goodwill (elle n&apos;a pas de table schema_version)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Goodwill (schema version %2; this version reads up to %3)</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Goodwill (schéma version %2&#xa0;; cette version lit jusqu&apos;à la %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses schema version %2 and must be upgraded; open it for writing to upgrade it</source>
        <translation>«&#xa0;%1&#xa0;» utilise la version %2 du schéma et doit être mis à niveau&#xa0;; ouvrez-le en écriture pour le mettre à niveau</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>&apos;%1&apos; is damaged (%2)</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé (%2)</translation>
    </message>
    <message>
        <source>no schema_version table: not a Goodwill activity database</source>
        <translation>pas de table schema_version&#xa0;: ce n&apos;est pas une base d&apos;activité Goodwill</translation>
    </message>
    <message>
        <source>schema_version holds no row for version %1, so Goodwill cannot read it</source>
        <translation>schema_version ne contient aucune ligne pour la version %1&#xa0;: Goodwill ne peut donc pas la lire</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Goodwill (%2)</source>
        <translation>la version %1 du schéma est plus récente que cette version de Goodwill (%2)</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>la table %1 est absente</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Writes the demo organisation Brightwater to a new database.</source>
        <translation>Écrit l&apos;organisation de démonstration Brightwater dans une nouvelle base de données.</translation>
    </message>
    <message>
        <source>The database file to create.</source>
        <translation>Le fichier de base de données à créer.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Number of people (default 1200).</source>
        <translation>Nombre de personnes (1200 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Months of activity (default 24).</source>
        <translation>Mois d&apos;activité (24 par défaut).</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Graine aléatoire (42 par défaut).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>demo needs --out FILE and takes no other arguments</source>
        <translation>demo attend --out FICHIER et aucun autre argument</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &apos;%2&apos;</source>
        <translation>--%1 attend un nombre entier, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &apos;%1&apos;</source>
        <translation>--seed attend un nombre entier, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Wrote %1: %2 people in %3 departments, %4 activities in %5 s (%6 activities/s)
</source>
        <translation>%1 écrit&#xa0;: %2 personnes dans %3 services, %4 activités en %5 s (%6 activités/s)
</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo generation was cancelled</source>
        <translation>La génération de la démonstration a été annulée</translation>
    </message>
    <message>
        <source>The demo needs between 200 and 1,000,000 people (asked for %1)</source>
        <translation>La démonstration nécessite entre 200 et 1 000 000 de personnes (%1 demandées)</translation>
    </message>
    <message>
        <source>The demo covers between 1 and 120 months (asked for %1)</source>
        <translation>La démonstration couvre entre 1 et 120 mois (%1 demandés)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another file name or remove it first</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; choisissez un autre nom de fichier ou supprimez-le d&apos;abord</translation>
    </message>
</context>
<context>
    <name>EngageExportReader</name>
    <message>
        <source>the id is empty</source>
        <translation>l&apos;id est vide</translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is not a time</source>
        <translation>created_at «&#xa0;%1&#xa0;» n&apos;est pas une date-heure</translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is outside 1990-2100</source>
        <translation>created_at «&#xa0;%1&#xa0;» est hors de la plage 1990-2100</translation>
    </message>
    <message>
        <source>%1 holds no Messages.csv: it is not a Viva Engage network export</source>
        <translation>%1 ne contient pas de Messages.csv&#xa0;: ce n&apos;est pas un export de réseau Viva Engage</translation>
    </message>
    <message>
        <source>%1 has no Users.csv beside %2: export the network&apos;s users too</source>
        <translation>%1 n&apos;a pas de Users.csv à côté de %2&#xa0;: exportez aussi les utilisateurs du réseau</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) come from people missing from Users.csv: an export limited to a date range lists only the people who joined or left in that range; export all users</source>
        <translation>
            <numerusform>%n message provient de personnes absentes de Users.csv&#xa0;: un export limité à une plage de dates ne liste que les personnes arrivées ou parties dans cette plage&#xa0;; exportez tous les utilisateurs</numerusform>
            <numerusform>%n messages proviennent de personnes absentes de Users.csv&#xa0;: un export limité à une plage de dates ne liste que les personnes arrivées ou parties dans cette plage&#xa0;; exportez tous les utilisateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementNudges</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Staff questions waiting %1 days or more for your answer: %2. The oldest was asked on %3.</source>
        <translation>Questions de collaborateurs attendant votre réponse depuis %1 jours ou plus&#xa0;: %2. La plus ancienne a été posée le %3.</translation>
    </message>
    <message>
        <source>Staff questions to you asked in the period with no reply of yours in the thread since and not marked handled, waiting at least %1 days to the end of the data (engagement.question_wait_days).</source>
        <translation>Questions de collaborateurs qui vous sont adressées, posées dans la période, sans réponse de votre part dans le fil depuis et non marquées comme traitées, en attente depuis au moins %1 jours à la fin des données (engagement.question_wait_days).</translation>
    </message>
    <message>
        <source>Departments with at least %1 staff whose staff wrote to you in the period (replies in your threads, messages naming you) and had no reply of yours to one of them, message of yours naming one or recognition of one in the %2 weeks to %3 (engagement.silent_weeks).</source>
        <translation>Services d&apos;au moins %1 collaborateurs dont des membres vous ont écrit dans la période (réponses dans vos fils, messages vous nommant) sans que vous ayez répondu à l&apos;un d&apos;eux, publié un message en nommant un ou reconnu l&apos;un d&apos;eux dans les %2 semaines jusqu&apos;au %3 (engagement.silent_weeks).</translation>
    </message>
    <message>
        <source>Nobody in %1 has heard from you in %2 weeks, though they wrote to you in this period.</source>
        <translation>Personne dans le service %1 n&apos;a eu de vos nouvelles depuis %2 semaines, alors qu&apos;ils vous ont écrit pendant cette période.</translation>
    </message>
    <message>
        <source>Nobody in %1 has heard from you in this data, though they wrote to you in this period.</source>
        <translation>Personne dans le service %1 n&apos;a eu de vos nouvelles dans ces données, alors qu&apos;ils vous ont écrit pendant cette période.</translation>
    </message>
    <message>
        <source>Other departments that wrote to you and have not heard from you in %1 weeks or more: %2.</source>
        <translation>Autres services qui vous ont écrit et n&apos;ont pas eu de vos nouvelles depuis %1 semaines ou plus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Departments with at least %1 staff on %2 in which no leader recognised anyone in the %3 days to %2 (engagement.not_recognised_days).</source>
        <translation>Services d&apos;au moins %1 collaborateurs au %2 dans lesquels aucun dirigeant n&apos;a reconnu qui que ce soit dans les %3 jours jusqu&apos;au %2 (engagement.not_recognised_days).</translation>
    </message>
    <message>
        <source>No leader has recognised anyone in %1 in the last %2 days: a recognition from you would be the first.</source>
        <translation>Aucun dirigeant n&apos;a reconnu qui que ce soit dans le service %1 au cours des %2 derniers jours&#xa0;: une reconnaissance de votre part serait la première.</translation>
    </message>
    <message>
        <source>Other departments no leader has recognised in the last %1 days: %2.</source>
        <translation>Autres services qu&apos;aucun dirigeant n&apos;a reconnus au cours des %1 derniers jours&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Your reply rate rose from %1 (%2) to %3 (%4): keep it up.</source>
        <translation>Votre taux de réponse est passé de %1 (%2) à %3 (%4)&#xa0;: continuez ainsi.</translation>
    </message>
    <message>
        <source>Your reply rate fell from %1 (%2) to %3 (%4).</source>
        <translation>Votre taux de réponse est tombé de %1 (%2) à %3 (%4).</translation>
    </message>
    <message>
        <source>The reply rate of the last period with staff comments to you against the period before it with any, when it moved by at least %1 points (engagement.reply_rate_change_points).</source>
        <translation>Le taux de réponse de la dernière période comptant des commentaires de collaborateurs qui vous sont adressés, comparé à la période précédente qui en compte, lorsqu&apos;il a varié d&apos;au moins %1 points (engagement.reply_rate_change_points).</translation>
    </message>
    <message>
        <source>You posted %1 times a week; your goal is %2. About %3 more posts a week would meet it.</source>
        <translation>Vous avez publié %1 fois par semaine&#xa0;; votre objectif est de %2. Environ %3 publications de plus par semaine permettraient de l&apos;atteindre.</translation>
    </message>
    <message>
        <source>You replied %1 times a week; your goal is %2. About %3 more replies a week would meet it.</source>
        <translation>Vous avez répondu %1 fois par semaine&#xa0;; votre objectif est de %2. Environ %3 réponses de plus par semaine permettraient de l&apos;atteindre.</translation>
    </message>
    <message>
        <source>You recognised someone %1 times a week; your goal is %2. About %3 more recognitions a week would meet it.</source>
        <translation>Vous avez reconnu quelqu&apos;un %1 fois par semaine&#xa0;; votre objectif est de %2. Environ %3 reconnaissances de plus par semaine permettraient de l&apos;atteindre.</translation>
    </message>
    <message>
        <source>%1 in the period (%2) divided by its weeks (%3 days / 7), against your goal of %4 a week (set on this page).</source>
        <translation>%1 dans la période (%2) divisé par son nombre de semaines (%3 jours / 7), comparé à votre objectif de %4 par semaine (défini sur cette page).</translation>
    </message>
    <message>
        <source>%1 in the period (%2) divided by its weeks (%3 days / 7), against your goal of %4 a week (goals in the model file).</source>
        <translation>%1 dans la période (%2) divisé par son nombre de semaines (%3 jours / 7), comparé à votre objectif de %4 par semaine (objectifs du fichier de modèle).</translation>
    </message>
    <message>
        <source>People who wrote to you or responded to your posts in the last %1 days and have had no recognition from you in that time: %2.</source>
        <translation>Personnes qui vous ont écrit ou ont réagi à vos publications au cours des %1 derniers jours et n&apos;ont reçu aucune reconnaissance de votre part pendant ce temps&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Staff who replied or reacted to your posts, or wrote a comment to you, in the %1 days to %2, and whom you did not recognise in them (engagement.not_recognised_days).</source>
        <translation>Collaborateurs qui ont répondu ou réagi à vos publications, ou vous ont adressé un commentaire, dans les %1 jours jusqu&apos;au %2, et que vous n&apos;avez pas reconnus pendant ces jours (engagement.not_recognised_days).</translation>
    </message>
    <message>
        <source>Observer: fewer than %1 posts and replies per 4 weeks (you: %2).</source>
        <translation>Observateur&#xa0;: moins de %1 publications et réponses par 4 semaines (vous&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Broadcaster: under %1 of your messages are replies (you: %2).</source>
        <translation>Diffuseur&#xa0;: moins de %1 de vos messages sont des réponses (vous&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Responder: over %1 of your messages are replies (you: %2).</source>
        <translation>Répondant&#xa0;: plus de %1 de vos messages sont des réponses (vous&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Catalyst: your posts draw %1 staff responses each, at least %2 times the leaders&apos; median of %3, and at most %4 of your messages are replies.</source>
        <translation>Catalyseur&#xa0;: vos publications suscitent chacune %1 retours de collaborateurs, au moins %2 fois la médiane des dirigeants (%3), et au plus %4 de vos messages sont des réponses.</translation>
    </message>
    <message>
        <source>Engager: a mix of posts and replies (%1 of your messages are replies).</source>
        <translation>Animateur&#xa0;: un équilibre entre publications et réponses (%1 de vos messages sont des réponses).</translation>
    </message>
    <message>
        <source>Posts or replies that would take you to %1 per 4 weeks, out of Observer: %2 more in this period.</source>
        <translation>Publications ou réponses qui vous amèneraient à %1 par 4 semaines, hors du profil Observateur&#xa0;: %2 de plus dans cette période.</translation>
    </message>
    <message>
        <source>Replies to staff that would bring your replies to %1 of your messages (an Engager, or a Catalyst if your posts draw enough responses): %2 more in this period.</source>
        <translation>Réponses aux collaborateurs qui porteraient vos réponses à %1 de vos messages (Animateur, ou Catalyseur si vos publications suscitent assez de retours)&#xa0;: %2 de plus dans cette période.</translation>
    </message>
    <message>
        <source>Posts of your own that would bring your replies to %1 of your messages or fewer (an Engager, or a Catalyst if your posts draw enough responses): %2 more in this period.</source>
        <translation>Publications de votre part qui ramèneraient vos réponses à %1 de vos messages ou moins (Animateur, ou Catalyseur si vos publications suscitent assez de retours)&#xa0;: %2 de plus dans cette période.</translation>
    </message>
    <message>
        <source>A Catalyst&apos;s posts draw at least %1 staff responses each (%2 times the leaders&apos; median); yours draw %3.</source>
        <translation>Les publications d&apos;un Catalyseur suscitent chacune au moins %1 retours de collaborateurs (%2 fois la médiane des dirigeants)&#xa0;; les vôtres en suscitent %3.</translation>
    </message>
    <message>
        <source>Posts of your own that would bring your replies to %1 of your messages: %2 more.</source>
        <translation>Publications de votre part qui ramèneraient vos réponses à %1 de vos messages&#xa0;: %2 de plus.</translation>
    </message>
    <message>
        <source>Keep starting conversations: a Catalyst stays one while the posts draw at least %1 staff responses each.</source>
        <translation>Continuez à lancer des conversations&#xa0;: un Catalyseur le reste tant que ses publications suscitent chacune au moins %1 retours de collaborateurs.</translation>
    </message>
</context>
<context>
    <name>EngagementReport</name>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Staff member (%1)</source>
        <translation>Collaborateur (%1)</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>My engagement: %1</source>
        <translation>Mon engagement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cadence against goals</source>
        <translation>Rythme par rapport aux objectifs</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>%1 short of %2</source>
        <translation>%1 de moins que les %2 visés</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Sur la période</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Goal a week</source>
        <translation>Objectif hebdo</translation>
    </message>
    <message>
        <source>Over the period</source>
        <translation>Sur toute la période</translation>
    </message>
    <message>
        <source>%1 days, %2 weeks; your own goals, set on the My engagement page.</source>
        <translation>%1 jours, %2 semaines&#xa0;; vos propres objectifs, définis sur la page Mon engagement.</translation>
    </message>
    <message>
        <source>%1 days, %2 weeks; the goals are the model file&apos;s.</source>
        <translation>%1 jours, %2 semaines&#xa0;; les objectifs sont ceux du fichier de modèle.</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Among leaders</source>
        <translation>Parmi les dirigeants</translation>
    </message>
    <message>
        <source>Your percentile among leaders (50 is the middle; only your own place is shown)</source>
        <translation>Votre centile parmi les dirigeants (50 correspond au milieu&#xa0;; seule votre propre position est affichée)</translation>
    </message>
    <message>
        <source>Reply rate and time to first reply</source>
        <translation>Taux de réponse et délai de première réponse</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>Avec réponse (%)</translation>
    </message>
    <message>
        <source>Share of staff comments to you answered within %1 h, per period</source>
        <translation>Part des commentaires de collaborateurs qui vous sont adressés ayant reçu une réponse sous %1&#xa0;h, par période</translation>
    </message>
    <message>
        <source>Median hours to first reply</source>
        <translation>Heures (médiane)</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to your first reply, per period</source>
        <translation>Nombre médian d&apos;heures entre un commentaire d&apos;un collaborateur et votre première réponse, par période</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Par période</translation>
    </message>
    <message>
        <source>Unanswered staff questions</source>
        <translation>Questions de collaborateurs sans réponse</translation>
    </message>
    <message>
        <source>Staff questions to you asked in the period with no reply of yours in the thread since, oldest first: %1 open, %2 marked handled (left out). Waiting is counted to the end of the data (%3).</source>
        <translation>Questions de collaborateurs qui vous sont adressées, posées dans la période, sans réponse de votre part dans le fil depuis, les plus anciennes en premier&#xa0;: %1 ouvertes, %2 marquées comme traitées (exclues). L&apos;attente est comptée jusqu&apos;à la fin des données (%3).</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <source>Asked (UTC)</source>
        <translation>Posée le (UTC)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Posée par</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>The oldest %1 of %2.</source>
        <translation>Les %1 plus anciennes sur %2.</translation>
    </message>
    <message>
        <source>Not recognised in the last %1 days</source>
        <translation>Non reconnus au cours des %1 derniers jours</translation>
    </message>
    <message>
        <source>From %1 to %2. Departments with fewer than %3 staff are not listed.</source>
        <translation>Du %1 au %2. Les services de moins de %3 collaborateurs ne sont pas listés.</translation>
    </message>
    <message>
        <source>You recognised someone in every department listed.</source>
        <translation>Vous avez reconnu quelqu&apos;un dans chacun des services listés.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Last wrote to you</source>
        <translation>Dernier message à vous</translation>
    </message>
    <message>
        <source>Your last recognition</source>
        <translation>Votre dernière reconnaissance</translation>
    </message>
    <message>
        <source>People who wrote to you or responded to your posts in the window (%1 in all), by department and name.</source>
        <translation>Personnes qui vous ont écrit ou ont réagi à vos publications dans la fenêtre (%1 au total), par service et par nom.</translation>
    </message>
    <message>
        <source>Best-received posts</source>
        <translation>Publications les mieux reçues</translation>
    </message>
    <message>
        <source>None of your posts in the period drew a staff response.</source>
        <translation>Aucune de vos publications de la période n&apos;a suscité de retour des collaborateurs.</translation>
    </message>
    <message>
        <source>Staff responses in each post&apos;s thread; tone only when at least %1 people replied</source>
        <translation>Retours des collaborateurs dans le fil de chaque publication&#xa0;; ton uniquement si au moins %1 personnes ont répondu</translation>
    </message>
    <message>
        <source>Nudges</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Nothing to nudge you about in this period.</source>
        <translation>Aucune suggestion pour cette période.</translation>
    </message>
</context>
<context>
    <name>ExportArchive</name>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read (the ZIP file is damaged or truncated): %2</source>
        <translation>%1 ne peut pas être lu (le fichier ZIP est endommagé ou tronqué)&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an empty folder: there is nothing to import</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier vide&#xa0;: il n&apos;y a rien à importer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an empty ZIP file: there is nothing to import</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier ZIP vide&#xa0;: il n&apos;y a rien à importer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty: there is nothing to import</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: il n&apos;y a rien à importer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a readable ZIP file (truncated or damaged): %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ZIP lisible (tronqué ou endommagé)&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a readable ZIP file: entry %2 cannot be read</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ZIP lisible&#xa0;: l&apos;entrée %2 ne peut pas être lue</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds an entry with an unsafe path (&apos;%2&apos;); nothing was imported</source>
        <translation>«&#xa0;%1&#xa0;» contient une entrée dont le chemin n&apos;est pas sûr («&#xa0;%2&#xa0;»)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: entry &apos;%2&apos; would inflate %3 bytes from %4 (a ZIP bomb?); nothing was imported</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: l&apos;entrée «&#xa0;%2&#xa0;» décompresserait %3 octets à partir de %4 (une bombe ZIP&#xa0;?)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would inflate to more than %2 bytes from %3 (a ZIP bomb?); nothing was imported</source>
        <translation>«&#xa0;%1&#xa0;» se décompresserait en plus de %2 octets à partir de %3 (une bombe ZIP&#xa0;?)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%1 is too large to read (%2 bytes; at most %3)</source>
        <translation>%1 est trop volumineux pour être lu (%2 octets&#xa0;; %3 au maximum)</translation>
    </message>
    <message>
        <source>%1 ended after %2 of %3 bytes (truncated?)</source>
        <translation>%1 s&apos;est arrêté après %2 octets sur %3 (tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 cannot be opened (the ZIP file is damaged or truncated): %2</source>
        <translation>%1 ne peut pas être ouvert (le fichier ZIP est endommagé ou tronqué)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExportReader</name>
    <message>
        <source>The import was cancelled</source>
        <translation>L&apos;importation a été annulée</translation>
    </message>
</context>
<context>
    <name>FigureEvidence</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No such department.</source>
        <translation>Service introuvable.</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>poids %1</translation>
    </message>
    <message>
        <source>weight %1; %2</source>
        <translation>poids %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>The weighted mean of the pillar&apos;s signals that have a value and are not thin.</source>
        <translation>Moyenne pondérée des signaux du pilier qui ont une valeur et ne sont pas insuffisants.</translation>
    </message>
    <message>
        <source>left out: hidden by the privacy rules</source>
        <translation>exclu&#xa0;: masqué par les règles de confidentialité</translation>
    </message>
    <message>
        <source>left out: nothing to measure</source>
        <translation>exclu&#xa0;: rien à mesurer</translation>
    </message>
    <message>
        <source>left out: thin</source>
        <translation>exclu&#xa0;: insuffisant</translation>
    </message>
    <message>
        <source>The weighted mean of the available pillars, the weights renormalised over them.</source>
        <translation>Moyenne pondérée des piliers disponibles, les poids étant renormalisés sur ceux-ci.</translation>
    </message>
    <message>
        <source>left out: no signal available</source>
        <translation>exclu&#xa0;: aucun signal disponible</translation>
    </message>
    <message>
        <source>The staff in the department on the day (by the roster); leaders, guests and bots are not counted.</source>
        <translation>Les collaborateurs du service ce jour-là (d&apos;après l&apos;annuaire)&#xa0;; les dirigeants, invités et bots ne sont pas comptés.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>Smallest group shown (k)</source>
        <translation>Plus petit groupe affiché (k)</translation>
    </message>
    <message>
        <source>Showing the latest %1 of %2.</source>
        <translation>Affichage des %1 derniers sur %2.</translation>
    </message>
    <message>
        <source>The figures are not loaded yet.</source>
        <translation>Les chiffres ne sont pas encore chargés.</translation>
    </message>
    <message>
        <source>There is no data in the chosen dates.</source>
        <translation>Il n&apos;y a aucune donnée aux dates choisies.</translation>
    </message>
    <message>
        <source>No such leader.</source>
        <translation>Dirigeant introuvable.</translation>
    </message>
    <message>
        <source>Nothing to open.</source>
        <translation>Rien à ouvrir.</translation>
    </message>
    <message>
        <source>No such signal.</source>
        <translation>Signal introuvable.</translation>
    </message>
    <message>
        <source>Tone is hidden: fewer than %1 of the staff wrote in the window, and a tone from so few messages could point to their authors.</source>
        <translation>Le ton est masqué&#xa0;: moins de %1 collaborateurs ont écrit dans la fenêtre, et un ton calculé sur si peu de messages pourrait désigner leurs auteurs.</translation>
    </message>
    <message>
        <source>No such pillar.</source>
        <translation>Pilier introuvable.</translation>
    </message>
</context>
<context>
    <name>FigureTitle</name>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Replies to staff</source>
        <translation>Réponses aux collaborateurs</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Personnes reconnues</translation>
    </message>
    <message>
        <source>Departments recognised</source>
        <translation>Services reconnus</translation>
    </message>
    <message>
        <source>Staff comments</source>
        <translation>Commentaires de collaborateurs</translation>
    </message>
    <message>
        <source>Answered comments</source>
        <translation>Commentaires avec réponse</translation>
    </message>
    <message>
        <source>Staff questions</source>
        <translation>Questions de collaborateurs</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Questions avec réponse</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Responses received</source>
        <translation>Retours reçus</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Answered-question rate</source>
        <translation>Taux de réponse aux questions</translation>
    </message>
    <message>
        <source>Median time to first reply</source>
        <translation>Délai médian de 1re réponse</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Ratio de conversation</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Semaines actives</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Selection (%1)</source>
        <translation>Sélection (%1)</translation>
    </message>
    <message>
        <source>%1 of %2, %3 – %4</source>
        <translation>%1 de %2, %3 – %4</translation>
    </message>
    <message>
        <source>%1 (%2) of %3, the %4 days to %5</source>
        <translation>%1 (%2) de %3, les %4 jours jusqu&apos;au %5</translation>
    </message>
    <message>
        <source>%1 of %2 on %3</source>
        <translation>%1 de %2 au %3</translation>
    </message>
    <message>
        <source>Emotional capital (ECI) of %1 on %2</source>
        <translation>Capital émotionnel (ECI) de %1 au %2</translation>
    </message>
    <message>
        <source>Staff of %1 on %2</source>
        <translation>Collaborateurs de %1 au %2</translation>
    </message>
</context>
<context>
    <name>HandledQuestions</name>
    <message>
        <source>&apos;%1&apos; was not created by Goodwill, so it is only ever read: questions cannot be marked handled in it.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été créé par Goodwill&#xa0;; il est donc uniquement lu&#xa0;: les questions ne peuvent pas y être marquées comme traitées.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only (the file cannot be written), so questions cannot be marked handled in it.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule (le fichier ne peut pas être écrit)&#xa0;; les questions ne peuvent donc pas y être marquées comme traitées.</translation>
    </message>
    <message>
        <source>cannot read the questions marked handled</source>
        <translation>impossible de lire les questions marquées comme traitées</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports exports (Slack, Viva Engage, Mattermost, Teams, Goodwill CSV/JSONL) and a roster into a Goodwill database, all or nothing.</source>
        <translation>Importe des exports (Slack, Viva Engage, Mattermost, Teams, CSV/JSONL Goodwill) et un annuaire dans une base de données Goodwill, en tout ou rien.</translation>
    </message>
    <message>
        <source>The database to import into (created when missing).</source>
        <translation>La base de données cible de l&apos;importation (créée si elle n&apos;existe pas).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>A roster CSV with departments, applied after the sources.</source>
        <translation>Un CSV d&apos;annuaire avec les services, appliqué après les sources.</translation>
    </message>
    <message>
        <source>auto (default), slack, engage, mattermost, teams, csv or jsonl.</source>
        <translation>auto (par défaut), slack, engage, mattermost, teams, csv ou jsonl.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Slack: the id of the custom profile field holding the department.</source>
        <translation>Slack&#xa0;: l&apos;id du champ de profil personnalisé contenant le service.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Also write the report as JSON to this file.</source>
        <translation>Écrire aussi le rapport au format JSON dans ce fichier.</translation>
    </message>
    <message>
        <source>Export files or folders.</source>
        <translation>Fichiers ou dossiers d&apos;export.</translation>
    </message>
    <message>
        <source>import needs at least one SOURCE (or --roster) and --into FILE</source>
        <translation>import attend au moins une SOURCE (ou --roster) et --into FICHIER</translation>
    </message>
    <message>
        <source>--format takes auto, slack, engage, mattermost, teams, csv or jsonl, not &apos;%1&apos;</source>
        <translation>--format accepte auto, slack, engage, mattermost, teams, csv ou jsonl, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the import succeeded, but the report cannot be written to &apos;%1&apos;: %2</source>
        <translation>l&apos;importation a réussi, mais le rapport ne peut pas être écrit dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>Unknown format</source>
        <translation>Format inconnu</translation>
    </message>
    <message>
        <source>Slack workspace export</source>
        <translation>Export d&apos;espace de travail Slack</translation>
    </message>
    <message>
        <source>Viva Engage network export</source>
        <translation>Export de réseau Viva Engage</translation>
    </message>
    <message>
        <source>Mattermost bulk export</source>
        <translation>Export groupé Mattermost</translation>
    </message>
    <message>
        <source>Microsoft Teams messages (Graph JSON)</source>
        <translation>Messages Microsoft Teams (JSON Graph)</translation>
    </message>
    <message>
        <source>Goodwill activity CSV</source>
        <translation>CSV d&apos;activité Goodwill</translation>
    </message>
    <message>
        <source>Goodwill activity JSONL</source>
        <translation>JSONL d&apos;activité Goodwill</translation>
    </message>
    <message>
        <source>Roster CSV</source>
        <translation>CSV d&apos;annuaire</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>already imported</source>
        <translation>déjà importé</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message>
        <source>missing parent</source>
        <translation>parent manquant</translation>
    </message>
    <message>
        <source>system message</source>
        <translation>message système</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Added: %1 posts, %2 replies, %3 reactions, %4 recognitions</source>
        <translation>Ajouts&#xa0;: %1 publications, %2 réponses, %3 réactions, %4 reconnaissances</translation>
    </message>
    <message>
        <source>New people: %1, new channels: %2</source>
        <translation>Nouvelles personnes&#xa0;: %1, nouveaux canaux&#xa0;: %2</translation>
    </message>
    <message>
        <source>Roster: %1 stints</source>
        <translation>Annuaire&#xa0;: %1 périodes d&apos;affectation</translation>
    </message>
    <message>
        <source>Activity from %1 to %2 (UTC)</source>
        <translation>Activité du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportSink</name>
    <message>
        <source>the %1 is %2 MiB long; a value may hold at most %3 MiB</source>
        <translation>le champ %1 fait %2 Mio&#xa0;; une valeur peut faire au plus %3 Mio</translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation>impossible de lire la base de données</translation>
    </message>
    <message>
        <source>internal: a source began before the previous one finished</source>
        <translation>interne&#xa0;: une source a commencé avant la fin de la précédente</translation>
    </message>
    <message>
        <source>a person without an id</source>
        <translation>une personne sans id</translation>
    </message>
    <message>
        <source>person&apos;s id</source>
        <translation>id de la personne</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>title</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service</translation>
    </message>
    <message>
        <source>a channel without an id</source>
        <translation>un canal sans id</translation>
    </message>
    <message>
        <source>channel&apos;s id</source>
        <translation>id du canal</translation>
    </message>
    <message>
        <source>channel&apos;s name</source>
        <translation>nom du canal</translation>
    </message>
    <message>
        <source>the time %1 is out of range (1990 to 2100)</source>
        <translation>la date %1 est hors plage (1990 à 2100)</translation>
    </message>
    <message>
        <source>a message without an id</source>
        <translation>un message sans id</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>parent id</source>
        <translation>id du parent</translation>
    </message>
    <message>
        <source>thread id</source>
        <translation>id du fil</translation>
    </message>
    <message>
        <source>emoji</source>
        <translation>emoji</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; appears twice</source>
        <translation>l&apos;id «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>a roster row without an e-mail</source>
        <translation>une ligne d&apos;annuaire sans e-mail</translation>
    </message>
    <message>
        <source>internal: no source was begun</source>
        <translation>interne&#xa0;: aucune source n&apos;a été commencée</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>&apos;%1&apos;: the format was not recognised (Slack, Viva Engage, Mattermost, Teams, Goodwill CSV or JSONL, roster CSV); choose the format (--format on the command line)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le format n&apos;a pas été reconnu (Slack, Viva Engage, Mattermost, Teams, CSV ou JSONL Goodwill, CSV d&apos;annuaire)&#xa0;; choisissez le format (--format en ligne de commande)</translation>
    </message>
    <message>
        <source>no temporary folder for the preview: %1</source>
        <translation>aucun dossier temporaire pour l&apos;aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not created by Goodwill and is only read, never changed; import into a new file instead</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été créé par Goodwill&#xa0;: il est uniquement lu, jamais modifié&#xa0;; importez plutôt dans un nouveau fichier</translation>
    </message>
    <message>
        <source>nothing to import: name an export or a roster</source>
        <translation>rien à importer&#xa0;: indiquez un export ou un annuaire</translation>
    </message>
    <message>
        <source>no target database: name one with --into</source>
        <translation>aucune base de données cible&#xa0;: indiquez-en une avec --into</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 cannot be imported yet</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 ne peut pas encore être importé</translation>
    </message>
</context>
<context>
    <name>KeyRun</name>
    <message>
        <source>cannot use the import&apos;s temporary key file in %1: %2</source>
        <translation>impossible d&apos;utiliser le fichier temporaire de clés de l&apos;importation dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LeaderEngagement</name>
    <message>
        <source>No data is open.</source>
        <translation>Aucune donnée n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the person asked for is not a leader of this data, or the period is empty.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: la personne demandée n&apos;est pas un dirigeant dans ces données, ou la période est vide.</translation>
    </message>
</context>
<context>
    <name>LeaderEvidence</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>A leader&apos;s figures are their own: the staff who wrote to them are named, as in their threads.</source>
        <translation>Les chiffres d&apos;un dirigeant lui sont propres&#xa0;: les collaborateurs qui lui ont écrit sont nommés, comme dans ses fils.</translation>
    </message>
    <message>
        <source>to %1 (staff)</source>
        <translation>à %1 (collaborateur)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>The leader&apos;s posts in the period.</source>
        <translation>Les publications du dirigeant dans la période.</translation>
    </message>
    <message>
        <source>The leader&apos;s posts</source>
        <translation>Les publications du dirigeant</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>The leader&apos;s replies in the period.</source>
        <translation>Les réponses du dirigeant dans la période.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies</source>
        <translation>Les réponses du dirigeant</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>The leader&apos;s replies whose parent message is by a staff member.</source>
        <translation>Les réponses du dirigeant dont le message parent est d&apos;un collaborateur.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies (counted: to staff)</source>
        <translation>Les réponses du dirigeant (comptées&#xa0;: aux collaborateurs)</translation>
    </message>
    <message>
        <source>Replies to staff</source>
        <translation>Réponses aux collaborateurs</translation>
    </message>
    <message>
        <source>Replies / (posts + replies).</source>
        <translation>Réponses / (publications + réponses).</translation>
    </message>
    <message>
        <source>The leader&apos;s posts and replies (counted: replies)</source>
        <translation>Les publications et réponses du dirigeant (comptées&#xa0;: réponses)</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Ratio de conversation</translation>
    </message>
    <message>
        <source>Observer: fewer than %1 posts + replies per 4 weeks; else Broadcaster: conversation ratio &lt; %2; else Responder: ratio &gt; %3; else Catalyst: staff responses per post at least %4 times the median over leaders who posted, ratio ≤ %5; else Engager. The first match wins, in that order.</source>
        <translation>Observateur&#xa0;: moins de %1 publications + réponses par 4 semaines&#xa0;; sinon Diffuseur&#xa0;: ratio de conversation &lt; %2&#xa0;; sinon Répondant&#xa0;: ratio &gt; %3&#xa0;; sinon Catalyseur&#xa0;: retours de collaborateurs par publication d&apos;au moins %4 fois la médiane des dirigeants ayant publié, ratio ≤ %5&#xa0;; sinon Animateur. La première règle satisfaite l&apos;emporte, dans cet ordre.</translation>
    </message>
    <message>
        <source>The leader&apos;s posts and replies</source>
        <translation>Les publications et réponses du dirigeant</translation>
    </message>
    <message>
        <source>Posts + replies per 4 weeks</source>
        <translation>Publications + réponses par 4 semaines</translation>
    </message>
    <message>
        <source>Staff responses received</source>
        <translation>Retours de collaborateurs reçus</translation>
    </message>
    <message>
        <source>Staff responses per post</source>
        <translation>Retours de collaborateurs par publication</translation>
    </message>
    <message>
        <source>Median responses per post over leaders who posted</source>
        <translation>Retours médians par publication parmi les dirigeants ayant publié</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>recognises %1</source>
        <translation>reconnaît %1</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions</source>
        <translation>Les reconnaissances du dirigeant</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions in the period (an activity that names or marks someone and is a recognition by the rules of docs/model.md section 1).</source>
        <translation>Les reconnaissances du dirigeant dans la période (une activité qui nomme ou désigne quelqu&apos;un et qui est une reconnaissance selon les règles de docs/model.md, section 1).</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Personnes reconnues</translation>
    </message>
    <message>
        <source>Distinct people the leader&apos;s recognitions named.</source>
        <translation>Personnes distinctes nommées dans les reconnaissances du dirigeant.</translation>
    </message>
    <message>
        <source>Departments recognised</source>
        <translation>Services reconnus</translation>
    </message>
    <message>
        <source>Distinct departments of the people the leader recognised, each person&apos;s department on the day.</source>
        <translation>Services distincts des personnes reconnues par le dirigeant, le service de chaque personne étant celui du jour.</translation>
    </message>
    <message>
        <source>no later reply from the leader in the thread</source>
        <translation>aucune réponse ultérieure du dirigeant dans le fil</translation>
    </message>
    <message>
        <source>answered after %1 h</source>
        <translation>répondu après %1&#xa0;h</translation>
    </message>
    <message>
        <source>answered after %1 h: later than %2 h</source>
        <translation>répondu après %1&#xa0;h&#xa0;: au-delà de %2&#xa0;h</translation>
    </message>
    <message>
        <source>question; %1</source>
        <translation>question&#xa0;; %1</translation>
    </message>
    <message>
        <source>Staff questions to the leader</source>
        <translation>Questions de collaborateurs au dirigeant</translation>
    </message>
    <message>
        <source>Staff comments to the leader</source>
        <translation>Commentaires de collaborateurs au dirigeant</translation>
    </message>
    <message>
        <source>Staff questions</source>
        <translation>Questions de collaborateurs</translation>
    </message>
    <message>
        <source>Staff comments</source>
        <translation>Commentaires de collaborateurs</translation>
    </message>
    <message>
        <source>In threads the leader started</source>
        <translation>Dans des fils ouverts par le dirigeant</translation>
    </message>
    <message>
        <source>Naming the leader elsewhere</source>
        <translation>Nommant le dirigeant ailleurs</translation>
    </message>
    <message>
        <source>Staff comments to the leader that are questions (a question mark outside links and code, or any staff post in a Q&amp;A channel).</source>
        <translation>Commentaires de collaborateurs au dirigeant qui sont des questions (un point d&apos;interrogation hors liens et code, ou toute publication de collaborateur dans un canal Q&amp;R).</translation>
    </message>
    <message>
        <source>Staff replies in threads the leader started, plus staff posts and replies that mention the leader; one message counts once.</source>
        <translation>Réponses de collaborateurs dans les fils ouverts par le dirigeant, plus les publications et réponses de collaborateurs qui mentionnent le dirigeant&#xa0;; un message n&apos;est compté qu&apos;une fois.</translation>
    </message>
    <message>
        <source>The median of the hours from each staff comment to the leader&apos;s first later reply in its thread, over the comments answered at all.</source>
        <translation>La médiane des heures entre chaque commentaire d&apos;un collaborateur et la première réponse ultérieure du dirigeant dans son fil, sur les commentaires ayant reçu une réponse.</translation>
    </message>
    <message>
        <source>Answered at all</source>
        <translation>Ayant reçu une réponse</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Reply window</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Questions avec réponse</translation>
    </message>
    <message>
        <source>Answered comments</source>
        <translation>Commentaires avec réponse</translation>
    </message>
    <message>
        <source>The share of the staff %1 followed by a reply of the leader in the same thread within %2 h.</source>
        <translation>La part des %1 de collaborateurs suivis d&apos;une réponse du dirigeant dans le même fil sous %2&#xa0;h.</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>commentaires</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Staff %1 followed by a reply of the leader in the same thread within %2 h.</source>
        <translation>%1 de collaborateurs suivis d&apos;une réponse du dirigeant dans le même fil sous %2&#xa0;h.</translation>
    </message>
    <message>
        <source>first response of this person</source>
        <translation>premier retour de cette personne</translation>
    </message>
    <message>
        <source>Staff replies and reactions on the leader&apos;s posts</source>
        <translation>Réponses et réactions de collaborateurs aux publications du dirigeant</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Distinct staff</source>
        <translation>Collaborateurs distincts</translation>
    </message>
    <message>
        <source>Distinct staff who replied or reacted to the leader&apos;s posts in the period.</source>
        <translation>Collaborateurs distincts ayant répondu ou réagi aux publications du dirigeant dans la période.</translation>
    </message>
    <message>
        <source>Staff replies and reactions on the leader&apos;s posts.</source>
        <translation>Réponses et réactions de collaborateurs aux publications du dirigeant.</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>semaine %1</translation>
    </message>
    <message>
        <source>The share of seven-day blocks, counted from the first day of the period, with a post, reply or recognition of the leader.</source>
        <translation>La part des blocs de sept jours, comptés à partir du premier jour de la période, comportant une publication, une réponse ou une reconnaissance du dirigeant.</translation>
    </message>
    <message>
        <source>The leader&apos;s posts, replies and recognitions</source>
        <translation>Les publications, réponses et reconnaissances du dirigeant</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Semaines actives</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>No leader figure called &quot;%1&quot;.</source>
        <translation>Aucun indicateur de dirigeant nommé «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>LeaderTableModel</name>
    <message>
        <source>Leader</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Replies to staff</source>
        <translation>Réponses aux collaborateurs</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Personnes reconnues</translation>
    </message>
    <message>
        <source>Departments recognised</source>
        <translation>Services reconnus</translation>
    </message>
    <message>
        <source>Staff comments</source>
        <translation>Commentaires de collaborateurs</translation>
    </message>
    <message>
        <source>Answered comments</source>
        <translation>Commentaires avec réponse</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Staff questions</source>
        <translation>Questions de collaborateurs</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Questions avec réponse</translation>
    </message>
    <message>
        <source>Answered-question rate</source>
        <translation>Taux de réponse aux questions</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>Médiane 1re réponse</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Staff responses</source>
        <translation>Retours collaborateurs</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Ratio de conversation</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Semaines actives</translation>
    </message>
</context>
<context>
    <name>MattermostExportReader</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1: no import.jsonl in this Mattermost export</source>
        <translation>%1&#xa0;: pas de import.jsonl dans cet export Mattermost</translation>
    </message>
    <message>
        <source>the line is longer than %1 MB</source>
        <translation>la ligne dépasse %1 Mo</translation>
    </message>
    <message>
        <source>the file is empty; a Mattermost export starts with a version line</source>
        <translation>le fichier est vide&#xa0;; un export Mattermost commence par une ligne de version</translation>
    </message>
    <message>
        <source>not a Mattermost bulk export: the first line must be {&quot;type&quot;:&quot;version&quot;, ...}</source>
        <translation>ce n&apos;est pas un export groupé Mattermost&#xa0;: la première ligne doit être {&quot;type&quot;:&quot;version&quot;, ...}</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>the line has no &quot;%1&quot; object</source>
        <translation>la ligne n&apos;a pas d&apos;objet «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the channel has no team or name</source>
        <translation>le canal n&apos;a ni équipe ni nom</translation>
    </message>
    <message>
        <source>the direct channel has no members</source>
        <translation>le canal direct n&apos;a pas de membres</translation>
    </message>
    <message>
        <source>the user has no username</source>
        <translation>l&apos;utilisateur n&apos;a pas de username</translation>
    </message>
    <message>
        <source>create_at is missing</source>
        <translation>create_at est absent</translation>
    </message>
    <message>
        <source>create_at %1 is out of range</source>
        <translation>create_at %1 est hors plage</translation>
    </message>
    <message>
        <source>the direct post has no channel_members</source>
        <translation>la publication directe n&apos;a pas de channel_members</translation>
    </message>
    <message>
        <source>the post has no team or channel</source>
        <translation>la publication n&apos;a ni équipe ni canal</translation>
    </message>
</context>
<context>
    <name>MessageLookup</name>
    <message>
        <source>No activity %1 in the data set of %2.</source>
        <translation>Aucune activité %1 dans le jeu de données de %2.</translation>
    </message>
    <message>
        <source>cannot read the messages</source>
        <translation>impossible de lire les messages</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>&apos;%1&apos;: unknown key %2 (ignored)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: clé inconnue %2 (ignorée)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has the wrong type (using the default)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 n&apos;a pas le bon type (valeur par défaut utilisée)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must be a number from %3 to %4 (using the default)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 doit être un nombre de %3 à %4 (valeur par défaut utilisée)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must be a whole number from %3 to %4 (using the default)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 doit être un nombre entier de %3 à %4 (valeur par défaut utilisée)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must be a list of texts (using the default)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 doit être une liste de textes (valeur par défaut utilisée)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must be one of %3 (using the default)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 doit valoir l&apos;une des valeurs %3 (valeur par défaut utilisée)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written: its folder cannot be made</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: son dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be removed: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2 (using the default model)</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2 (modèle par défaut utilisé)</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>le niveau supérieur n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid model file at offset %2: %3 (using the default model)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier de modèle valide à la position %2&#xa0;: %3 (modèle par défaut utilisé)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not one of the languages %3 (ignored)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 ne fait pas partie des langues %3 (ignoré)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must name a lexicon file (ignored)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 doit désigner un fichier de lexique (ignoré)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has the same floor and target (using the defaults)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 a le même plancher et la même cible (valeurs par défaut utilisées)</translation>
    </message>
</context>
<context>
    <name>OverrideEdit</name>
    <message>
        <source>&apos;%1&apos; was not created by Goodwill, so it is only ever read: overrides cannot be saved in it. Put the roles and kinds you want into people.role and channels.kind of the file itself.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été créé par Goodwill&#xa0;; il est donc uniquement lu&#xa0;: les forçages ne peuvent pas y être enregistrés. Indiquez les rôles et types souhaités dans people.role et channels.kind du fichier lui-même.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only (the file cannot be written), so overrides cannot be saved in it.</source>
        <translation>«&#xa0;%1&#xa0;» est en lecture seule (le fichier ne peut pas être écrit)&#xa0;; les forçages ne peuvent donc pas y être enregistrés.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>no change %1</source>
        <translation>aucun changement %1</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
</context>
<context>
    <name>Persona</name>
    <message>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <source>Broadcaster</source>
        <translation>Diffuseur</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Catalyst</source>
        <translation>Catalyseur</translation>
    </message>
    <message>
        <source>Engager</source>
        <translation>Animateur</translation>
    </message>
</context>
<context>
    <name>RecognitionFacts</name>
    <message>
        <source>fewer than %1 staff: hidden to protect their privacy</source>
        <translation>moins de %1 collaborateurs&#xa0;: masqué pour protéger leur vie privée</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>&apos;%1&apos; has no leader with the e-mail address &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a aucun dirigeant avec l&apos;adresse e-mail «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the figures of &apos;%1&apos; could not be worked out</source>
        <translation>les chiffres de «&#xa0;%1&#xa0;» n&apos;ont pas pu être calculés</translation>
    </message>
    <message>
        <source>The activity database.</source>
        <translation>La base de données d&apos;activité.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>departments or leaders (JSON or CSV figures), leader or townhall (a PDF report).</source>
        <translation>departments ou leaders (chiffres JSON ou CSV), leader ou townhall (un rapport PDF).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json ou csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>First day (default: the data&apos;s).</source>
        <translation>Premier jour (par défaut&#xa0;: celui des données).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Last day (default: the data&apos;s).</source>
        <translation>Dernier jour (par défaut&#xa0;: celui des données).</translation>
    </message>
    <message>
        <source>week, month or quarter (default month).</source>
        <translation>week, month ou quarter (month par défaut).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>Comma-separated department names (default all).</source>
        <translation>Noms de services séparés par des virgules (tous par défaut).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>noms</translation>
    </message>
    <message>
        <source>A model file overriding the defaults (docs/model.md).</source>
        <translation>Un fichier de modèle remplaçant les valeurs par défaut (docs/model.md).</translation>
    </message>
    <message>
        <source>The leader&apos;s e-mail address (--kind leader).</source>
        <translation>L&apos;adresse e-mail du dirigeant (--kind leader).</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Name staff as &quot;Staff member (Department)&quot; in PDF reports.</source>
        <translation>Désigner les collaborateurs par «&#xa0;Collaborateur (Service)&#xa0;» dans les rapports PDF.</translation>
    </message>
    <message>
        <source>report needs --db FILE, --kind and --out FILE</source>
        <translation>report attend --db FICHIER, --kind et --out FICHIER</translation>
    </message>
    <message>
        <source>--kind must be departments, leaders, leader or townhall, not &apos;%1&apos;</source>
        <translation>--kind doit valoir departments, leaders, leader ou townhall, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--kind leader needs --leader EMAIL</source>
        <translation>--kind leader attend --leader E-MAIL</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &apos;%1&apos;</source>
        <translation>--format doit valoir json ou csv, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--granularity must be week, month or quarter, not &apos;%1&apos;</source>
        <translation>--granularity doit valoir week, month ou quarter, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 attend une date au format AAAA-MM-JJ, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the model file &apos;%1&apos; does not exist</source>
        <translation>le fichier de modèle «&#xa0;%1&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no activity in the period asked for</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune activité dans la période demandée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no department named &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a aucun service nommé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 more rows are not shown (the CSV export has them all).</source>
        <translation>%1 lignes supplémentaires ne sont pas affichées (l&apos;export CSV les contient toutes).</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <source>Generated: %1 (UTC) by %2</source>
        <translation>Généré le %1 (UTC) par %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Staff names: pseudonymised</source>
        <translation>Noms des collaborateurs&#xa0;: pseudonymisés</translation>
    </message>
    <message>
        <source>Staff names: as recorded</source>
        <translation>Noms des collaborateurs&#xa0;: tels qu&apos;enregistrés</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Last import (UTC)</source>
        <translation>Dernière importation (UTC)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 des données</translation>
    </message>
    <message>
        <source>The hash covers every row the figures are computed from (not the import log). A database with the same hash gives the same report for the same filters.</source>
        <translation>L&apos;empreinte couvre toutes les lignes à partir desquelles les chiffres sont calculés (pas le journal d&apos;importation). Une base de données ayant la même empreinte produit le même rapport pour les mêmes filtres.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>There is nothing to put in the report.</source>
        <translation>Il n&apos;y a rien à mettre dans le rapport.</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelle</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>trimestrielle</translation>
    </message>
    <message>
        <source>all</source>
        <translation>sans filtre</translation>
    </message>
    <message>
        <source>Period: %1 – %2 (%3)</source>
        <translation>Période&#xa0;: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>Services&#xa0;: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Canaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Dirigeant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Minimum group size: %1 people (%2 distinct authors for anything read from text)</source>
        <translation>Taille minimale de groupe&#xa0;: %1 personnes (%2 auteurs distincts pour tout ce qui est tiré du texte)</translation>
    </message>
    <message>
        <source>Cannot read the sources of %1: %2</source>
        <translation>Impossible de lire les sources de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RosterCsvReader</name>
    <message>
        <source>%1 holds no .csv file</source>
        <translation>%1 ne contient aucun fichier .csv</translation>
    </message>
    <message>
        <source>%1 holds several CSV files; give the roster as one file</source>
        <translation>%1 contient plusieurs fichiers CSV&#xa0;; fournissez l&apos;annuaire sous la forme d&apos;un seul fichier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>the department is empty</source>
        <translation>le service est vide</translation>
    </message>
    <message>
        <source>is_leader &apos;%1&apos; is not one of true, false, yes, no, 1, 0</source>
        <translation>is_leader «&#xa0;%1&#xa0;» ne fait pas partie de true, false, yes, no, 1, 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>valid_to %1 is not after valid_from %2</source>
        <translation>valid_to %1 n&apos;est pas postérieur à valid_from %2</translation>
    </message>
    <message>
        <source>this stint of %1 overlaps the one on line %2</source>
        <translation>cette période d&apos;affectation de %1 chevauche celle de la ligne %2</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot record the schema version</source>
        <translation>impossible d&apos;enregistrer la version du schéma</translation>
    </message>
    <message>
        <source>%1: no migration from schema version %2</source>
        <translation>%1&#xa0;: aucune migration depuis la version %2 du schéma</translation>
    </message>
</context>
<context>
    <name>SentimentAnalyzer</name>
    <message>
        <source>negated by &apos;%1&apos;</source>
        <translation>inversé par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>intensified by &apos;%1&apos;</source>
        <translation>renforcé par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>dampened by &apos;%1&apos;</source>
        <translation>atténué par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>all caps</source>
        <translation>tout en majuscules</translation>
    </message>
    <message>
        <source>after &apos;but&apos;</source>
        <translation>après «&#xa0;but&#xa0;»</translation>
    </message>
    <message>
        <source>before &apos;but&apos;</source>
        <translation>avant «&#xa0;but&#xa0;»</translation>
    </message>
    <message>
        <source>lexicon</source>
        <translation>lexique</translation>
    </message>
    <message>
        <source>exclamation</source>
        <translation>exclamation</translation>
    </message>
</context>
<context>
    <name>SentimentLexicon</name>
    <message>
        <source>The built-in English workplace lexicon &apos;%1&apos; is missing from this build</source>
        <translation>Le lexique anglais intégré du monde du travail «&#xa0;%1&#xa0;» est absent de cette version</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot read the lexicon (%2)</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: impossible de lire le lexique (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; line %2: %3</source>
        <translation>«&#xa0;%1&#xa0;», ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>la ligne n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>le mot est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no score</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de score</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 tab-separated columns; expected the word and its score</source>
        <translation>«&#xa0;%1&#xa0;» a %2 colonnes séparées par des tabulations&#xa0;; attendu&#xa0;: le mot et son score</translation>
    </message>
    <message>
        <source>the score of &apos;%1&apos; is not a number: &apos;%2&apos;</source>
        <translation>le score de «&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the score of &apos;%1&apos; is %2, outside -%3..%3</source>
        <translation>le score de «&#xa0;%1&#xa0;» vaut %2, hors de -%3..%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no word a message could contain</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucun mot qu&apos;un message pourrait contenir</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 words</source>
        <translation>«&#xa0;%1&#xa0;» contient plus de %2 mots</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains no lexicon entries</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune entrée de lexique</translation>
    </message>
</context>
<context>
    <name>ShotsCommand</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>the import wizard did not finish: %1</source>
        <translation>l&apos;assistant d&apos;importation ne s&apos;est pas terminé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SignalEvidence</name>
    <message>
        <source>No signal called &quot;%1&quot;.</source>
        <translation>Aucun signal nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>the %1 days to %2</source>
        <translation>les %1 jours jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>The share of the staff comments to leaders (a reply in a leader&apos;s thread, or a message naming a leader) followed by a reply of any leader in the thread within %1 h.</source>
        <translation>La part des commentaires de collaborateurs aux dirigeants (une réponse dans le fil d&apos;un dirigeant, ou un message nommant un dirigeant) suivis d&apos;une réponse d&apos;un dirigeant quelconque dans le fil sous %1&#xa0;h.</translation>
    </message>
    <message>
        <source>Staff comments to leaders (counted: answered in time)</source>
        <translation>Commentaires de collaborateurs aux dirigeants (comptés&#xa0;: réponse à temps)</translation>
    </message>
    <message>
        <source>Staff comments to leaders</source>
        <translation>Commentaires de collaborateurs aux dirigeants</translation>
    </message>
    <message>
        <source>Answered within %1 h</source>
        <translation>Avec réponse sous %1&#xa0;h</translation>
    </message>
    <message>
        <source>The median hours from a staff comment to leaders to the first later leader reply in its thread, over the comments answered at all; scored on a logarithmic scale.</source>
        <translation>Le nombre médian d&apos;heures entre un commentaire de collaborateur adressé aux dirigeants et la première réponse ultérieure d&apos;un dirigeant dans son fil, sur les commentaires ayant reçu une réponse&#xa0;; noté sur une échelle logarithmique.</translation>
    </message>
    <message>
        <source>Staff comments to leaders answered at all</source>
        <translation>Commentaires de collaborateurs aux dirigeants ayant reçu une réponse</translation>
    </message>
    <message>
        <source>Comments answered at all</source>
        <translation>Commentaires ayant reçu une réponse</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>The share of the seven-day blocks ending on the day (the oldest cut at the window) with a leader reply to a staff message of the department, or a leader recognition of one of its staff.</source>
        <translation>La part des blocs de sept jours se terminant le jour considéré (le plus ancien étant coupé à la fenêtre) comportant une réponse d&apos;un dirigeant à un message d&apos;un collaborateur du service, ou une reconnaissance par un dirigeant de l&apos;un de ses collaborateurs.</translation>
    </message>
    <message>
        <source>Leader replies to and recognitions of the department&apos;s staff</source>
        <translation>Réponses des dirigeants aux collaborateurs du service et reconnaissances de ceux-ci</translation>
    </message>
    <message>
        <source>Seven-day blocks</source>
        <translation>Blocs de sept jours</translation>
    </message>
    <message>
        <source>Blocks with a leader touch</source>
        <translation>Blocs avec un contact d&apos;un dirigeant</translation>
    </message>
    <message>
        <source>The share of the staff recognised by a leader at least once in the window.</source>
        <translation>La part des collaborateurs reconnus au moins une fois par un dirigeant dans la fenêtre.</translation>
    </message>
    <message>
        <source>The share of the staff recognised at least once in the window.</source>
        <translation>La part des collaborateurs reconnus au moins une fois dans la fenêtre.</translation>
    </message>
    <message>
        <source>Leader recognitions of the staff</source>
        <translation>Reconnaissances des collaborateurs par des dirigeants</translation>
    </message>
    <message>
        <source>Recognitions of the staff</source>
        <translation>Reconnaissances des collaborateurs</translation>
    </message>
    <message>
        <source>Staff (n)</source>
        <translation>Collaborateurs (n)</translation>
    </message>
    <message>
        <source>Staff recognised</source>
        <translation>Collaborateurs reconnus</translation>
    </message>
    <message>
        <source>Recognitions received by the department&apos;s staff (one per person recognised) per member per 30 days: count / (n × %1 / 30).</source>
        <translation>Reconnaissances reçues par les collaborateurs du service (une par personne reconnue) par membre et par période de 30 jours&#xa0;: nombre / (n × %1 / 30).</translation>
    </message>
    <message>
        <source>Recognitions of the department&apos;s staff</source>
        <translation>Reconnaissances des collaborateurs du service</translation>
    </message>
    <message>
        <source>Recognitions received</source>
        <translation>Reconnaissances reçues</translation>
    </message>
    <message>
        <source>Member-months (n × %1 / 30)</source>
        <translation>Mois-membres (n × %1 / 30)</translation>
    </message>
    <message>
        <source>The share of the staff who posted, replied or reacted in the window.</source>
        <translation>La part des collaborateurs ayant publié, répondu ou réagi dans la fenêtre.</translation>
    </message>
    <message>
        <source>Posts, replies and reactions of the staff</source>
        <translation>Publications, réponses et réactions des collaborateurs</translation>
    </message>
    <message>
        <source>Active staff</source>
        <translation>Collaborateurs actifs</translation>
    </message>
    <message>
        <source>Of the staff active in the window before (the %1 days before it), the share active in the window.</source>
        <translation>Parmi les collaborateurs actifs dans la fenêtre précédente (les %1 jours qui la précèdent), la part active dans la fenêtre.</translation>
    </message>
    <message>
        <source>Activity of the staff active in the window before (counted: in the window)</source>
        <translation>Activité des collaborateurs actifs dans la fenêtre précédente (comptée&#xa0;: dans la fenêtre)</translation>
    </message>
    <message>
        <source>Active in the window before</source>
        <translation>Actifs dans la fenêtre précédente</translation>
    </message>
    <message>
        <source>Of them active in the window</source>
        <translation>Dont actifs dans la fenêtre</translation>
    </message>
    <message>
        <source>The share of the staff&apos;s replies in threads started by someone of another department (on the thread&apos;s day).</source>
        <translation>La part des réponses des collaborateurs dans des fils ouverts par une personne d&apos;un autre service (au jour du fil).</translation>
    </message>
    <message>
        <source>Replies of the staff (counted: across departments)</source>
        <translation>Réponses des collaborateurs (comptées&#xa0;: entre services)</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>Entre services</translation>
    </message>
    <message>
        <source>The mean tone (-1..1) of the staff&apos;s posts and replies; hidden unless at least %1 of the staff wrote in the window.</source>
        <translation>Le ton moyen (-1..1) des publications et réponses des collaborateurs&#xa0;; masqué si moins de %1 collaborateurs ont écrit dans la fenêtre.</translation>
    </message>
    <message>
        <source>Posts and replies of the staff, with their tone</source>
        <translation>Publications et réponses des collaborateurs, avec leur ton</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Staff who wrote</source>
        <translation>Collaborateurs ayant écrit</translation>
    </message>
    <message>
        <source>Sum of tone</source>
        <translation>Somme des tons</translation>
    </message>
    <message>
        <source>The share of the staff active in social channels in the window.</source>
        <translation>La part des collaborateurs actifs dans les canaux sociaux dans la fenêtre.</translation>
    </message>
    <message>
        <source>Activity of the staff in social channels</source>
        <translation>Activité des collaborateurs dans les canaux sociaux</translation>
    </message>
    <message>
        <source>Active in social channels</source>
        <translation>Actifs dans les canaux sociaux</translation>
    </message>
    <message>
        <source>Reactions given by the staff per active member per 30 days: reactions / (active members × %1 / 30).</source>
        <translation>Réactions données par les collaborateurs par membre actif et par période de 30 jours&#xa0;: réactions / (membres actifs × %1 / 30).</translation>
    </message>
    <message>
        <source>Reactions of the staff</source>
        <translation>Réactions des collaborateurs</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <source>The share of the staff&apos;s posts and replies with a celebration or humour marker.</source>
        <translation>La part des publications et réponses des collaborateurs comportant un marqueur de célébration ou d&apos;humour.</translation>
    </message>
    <message>
        <source>Posts and replies of the staff (counted: with a marker)</source>
        <translation>Publications et réponses des collaborateurs (comptées&#xa0;: avec un marqueur)</translation>
    </message>
    <message>
        <source>With a marker</source>
        <translation>Avec un marqueur</translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation>Valeur brute</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Plancher</translation>
    </message>
    <message>
        <source>logarithmic scale</source>
        <translation>échelle logarithmique</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>100 × clamp((raw − floor) / (target − floor), 0, 1)</source>
        <translation>100 × borne((brut − plancher) / (cible − plancher), 0, 1)</translation>
    </message>
    <message>
        <source>Band (%1%)</source>
        <translation>Intervalle (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <source>yes: under %1, left out of its pillar</source>
        <translation>oui&#xa0;: moins de %1, exclu de son pilier</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Staff are not named in department figures: each appears as &quot;%1&quot;.</source>
        <translation>Les collaborateurs ne sont pas nommés dans les chiffres des services&#xa0;: chacun apparaît comme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Staff member (Department)</source>
        <translation>Collaborateur (Service)</translation>
    </message>
    <message>
        <source>The messages are not listed: fewer than %1 staff wrote them, and a message&apos;s tone could point to its author.</source>
        <translation>Les messages ne sont pas listés&#xa0;: moins de %1 collaborateurs les ont écrits, et le ton d&apos;un message pourrait désigner son auteur.</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>aucun service</translation>
    </message>
    <message>
        <source>Staff member (%1)</source>
        <translation>Collaborateur (%1)</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>no later leader reply in the thread</source>
        <translation>aucune réponse ultérieure d&apos;un dirigeant dans le fil</translation>
    </message>
    <message>
        <source>answered after %1 h</source>
        <translation>répondu après %1&#xa0;h</translation>
    </message>
    <message>
        <source>first leader reply after %1 h</source>
        <translation>première réponse d&apos;un dirigeant après %1&#xa0;h</translation>
    </message>
    <message>
        <source>in the block %1 of %2 counting back from the day</source>
        <translation>dans le bloc %1 sur %2 en remontant à partir du jour</translation>
    </message>
    <message numerus="yes">
        <source>recognises %n of the staff</source>
        <translation>
            <numerusform>reconnaît %n collaborateur</numerusform>
            <numerusform>reconnaît %n collaborateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>in the window</source>
        <translation>dans la fenêtre</translation>
    </message>
    <message>
        <source>in the window before</source>
        <translation>dans la fenêtre précédente</translation>
    </message>
    <message>
        <source>in a thread started in %1</source>
        <translation>dans un fil ouvert dans le service %1</translation>
    </message>
    <message>
        <source>tone %1</source>
        <translation>ton %1</translation>
    </message>
    <message>
        <source>celebration or humour marker</source>
        <translation>marqueur de célébration ou d&apos;humour</translation>
    </message>
</context>
<context>
    <name>SlackExportReader</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is missing: this is not a Slack workspace export</source>
        <translation>%1 est absent&#xa0;: ce n&apos;est pas un export d&apos;espace de travail Slack</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not listed in channels.json: its messages were imported as the channel &apos;%1&apos;</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne figure pas dans channels.json&#xa0;: ses messages ont été importés comme canal «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>the user has no id</source>
        <translation>l&apos;utilisateur n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>No departments found: attach a roster or choose the profile field that holds the department</source>
        <translation>Aucun service trouvé&#xa0;: joignez un annuaire ou choisissez le champ de profil qui contient le service</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>conversation %1</translation>
    </message>
    <message>
        <source>the conversation has no id</source>
        <translation>la conversation n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>message %1</translation>
    </message>
    <message>
        <source>message %1 (ts %2)</source>
        <translation>message %1 (ts %2)</translation>
    </message>
    <message>
        <source>the message has no ts</source>
        <translation>le message n&apos;a pas de ts</translation>
    </message>
    <message>
        <source>ts is not a number</source>
        <translation>ts n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>ts is not a time between 1990 and 2100</source>
        <translation>ts n&apos;est pas une date-heure comprise entre 1990 et 2100</translation>
    </message>
    <message>
        <source>message %1 (ts %2), reaction %3 by %4</source>
        <translation>message %1 (ts %2), réaction %3 de %4</translation>
    </message>
</context>
<context>
    <name>SourcesLoader</name>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Reading the activities and their tone…</source>
        <translation>Lecture des activités et de leur ton…</translation>
    </message>
    <message>
        <source>Working out the leaders&apos; figures…</source>
        <translation>Calcul des chiffres des dirigeants…</translation>
    </message>
    <message>
        <source>Working out each department&apos;s emotional capital…</source>
        <translation>Calcul du capital émotionnel de chaque service…</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>cannot open the database</source>
        <translation>impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation>impossible de lire la base de données</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again (%1)</source>
        <translation>le disque est plein&#xa0;; libérez de l&apos;espace et réessayez (%1)</translation>
    </message>
    <message>
        <source>another Goodwill window or program is writing to it; try again when it has finished (%1)</source>
        <translation>une autre fenêtre ou un autre programme Goodwill y écrit&#xa0;; réessayez une fois l&apos;opération terminée (%1)</translation>
    </message>
</context>
<context>
    <name>StoreSummary</name>
    <message>
        <source>cannot read activities</source>
        <translation>impossible de lire les activités</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>cannot write %1 row %2</source>
        <translation>impossible d&apos;écrire la ligne %2 de %1</translation>
    </message>
    <message>
        <source>%1: there is no %2 row %3</source>
        <translation>%1&#xa0;: il n&apos;y a pas de ligne %3 dans %2</translation>
    </message>
    <message>
        <source>%1: question %2 is not marked handled for person %3</source>
        <translation>%1&#xa0;: la question %2 n&apos;est pas marquée comme traitée pour la personne %3</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TeamsExportReader</name>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date-heure ISO 8601</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range (1990 to 2100)</source>
        <translation>«&#xa0;%1&#xa0;» est hors plage (1990 à 2100)</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>message %1</translation>
    </message>
    <message>
        <source>%1: no .json files of Teams messages</source>
        <translation>%1&#xa0;: aucun fichier .json de messages Teams</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>JSON non valide (%1)</translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation>message n° %1</translation>
    </message>
    <message>
        <source>%1 holds no Teams messages and was left out</source>
        <translation>%1 ne contient aucun message Teams et a été exclu</translation>
    </message>
    <message>
        <source>%1: not Teams messages (a JSON array or a page with &quot;value&quot;)</source>
        <translation>%1&#xa0;: ce ne sont pas des messages Teams (un tableau JSON ou une page avec «&#xa0;value&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) without messageType are not Teams messages and were left out</source>
        <translation>
            <numerusform>%1&#xa0;: %n enregistrement sans messageType n&apos;est pas un message Teams et a été exclu</numerusform>
            <numerusform>%1&#xa0;: %n enregistrements sans messageType ne sont pas des messages Teams et ont été exclus</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams exports carry no titles or departments: attach a roster.</source>
        <translation>Les exports Teams ne contiennent ni fonctions ni services&#xa0;: joignez un annuaire.</translation>
    </message>
    <message>
        <source>a message has no id</source>
        <translation>un message n&apos;a pas d&apos;id</translation>
    </message>
    <message>
        <source>createdDateTime: %1</source>
        <translation>createdDateTime&#xa0;: %1</translation>
    </message>
    <message>
        <source>a reaction&apos;s createdDateTime: %1</source>
        <translation>createdDateTime d&apos;une réaction&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ToneLexicons</name>
    <message>
        <source>Tone lexicon for &apos;%1&apos; not used: %2</source>
        <translation>Lexique de ton pour «&#xa0;%1&#xa0;» non utilisé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TownHallReport</name>
    <message>
        <source>Change in ECI (points)</source>
        <translation>Variation de l&apos;ECI (points)</translation>
    </message>
    <message>
        <source>Change in ECI over the period</source>
        <translation>Variation de l&apos;ECI sur la période</translation>
    </message>
    <message>
        <source>Risers and fallers</source>
        <translation>Hausses et baisses</translation>
    </message>
    <message>
        <source>The data does not reach a whole window of %1 days before the period, so the emotional capital cannot be compared over it.</source>
        <translation>Les données ne couvrent pas une fenêtre complète de %1 jours avant la période&#xa0;: le capital émotionnel ne peut donc pas être comparé sur celle-ci.</translation>
    </message>
    <message>
        <source>The emotional-capital index (ECI, 0–100) of each department over the %1 days to %2, against the same over the %1 days to %3. The departments that fell or rose most (by at least %4 point, at most %5 each) and, for each, the pillar that moved most the same way.</source>
        <translation>L&apos;indice de capital émotionnel (ECI, 0–100) de chaque service sur les %1 jours jusqu&apos;au %2, comparé au même indice sur les %1 jours jusqu&apos;au %3. Les services en plus forte baisse ou hausse (d&apos;au moins %4 point, %5 au plus de chaque) et, pour chacun, le pilier qui a le plus varié dans le même sens.</translation>
    </message>
    <message>
        <source>Open staff questions</source>
        <translation>Questions ouvertes des collaborateurs</translation>
    </message>
    <message>
        <source>No staff question to a leader is waiting for an answer.</source>
        <translation>Aucune question de collaborateur à un dirigeant n&apos;attend de réponse.</translation>
    </message>
    <message>
        <source>%1 staff questions to leaders from %2 people are still waiting for an answer. Themes are words shared by questions from at least %3 different people; the examples are the oldest, one per person.</source>
        <translation>%1 questions de collaborateurs aux dirigeants, posées par %2 personnes, attendent encore une réponse. Les thèmes sont des mots communs à des questions d&apos;au moins %3 personnes différentes&#xa0;; les exemples sont les plus anciens, un par personne.</translation>
    </message>
    <message>
        <source>The questions&apos; text could not be read.</source>
        <translation>Le texte des questions n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>No word is shared by questions from enough different people: no theme is shown.</source>
        <translation>Aucun mot n&apos;est commun à des questions d&apos;assez de personnes différentes&#xa0;: aucun thème n&apos;est affiché.</translation>
    </message>
    <message>
        <source>“%1”: %2 questions from %3 people</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2 questions de %3 personnes</translation>
    </message>
    <message>
        <source> (also: %1)</source>
        <translation> (également&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Town-hall brief</source>
        <translation>Synthèse pour réunion générale</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Shout-out candidates</source>
        <translation>Personnes à mettre à l&apos;honneur</translation>
    </message>
    <message>
        <source>From recognitions in public channels (announcement, recognition, social and Q&amp;A channels; work channels can hold private conversations and are left out).</source>
        <translation>D&apos;après les reconnaissances dans les canaux publics (canaux d&apos;annonces, de reconnaissance, sociaux et de Q&amp;R&#xa0;; les canaux de travail peuvent contenir des conversations privées et sont exclus).</translation>
    </message>
    <message>
        <source>People recognised by at least %1 different people, by name</source>
        <translation>Personnes reconnues par au moins %1 personnes différentes, par nom</translation>
    </message>
    <message>
        <source>Nobody was recognised by at least %1 different people in public channels.</source>
        <translation>Personne n&apos;a été reconnu par au moins %1 personnes différentes dans les canaux publics.</translation>
    </message>
    <message>
        <source>Teams, the most recognitions per member first</source>
        <translation>Équipes, les plus reconnues par membre en premier</translation>
    </message>
    <message>
        <source>No team was recognised in a public channel.</source>
        <translation>Aucune équipe n&apos;a été reconnue dans un canal public.</translation>
    </message>
    <message>
        <source>Leaders&apos; responsiveness</source>
        <translation>Réactivité des dirigeants</translation>
    </message>
    <message>
        <source>Staff comments, reply rate (answered within %1 hours) and median time to the first reply are each leader&apos;s figures over the period, from all staff; questions asked and unanswered are the audience&apos;s.</source>
        <translation>Les commentaires de collaborateurs, le taux de réponse (réponse sous %1 heures) et le délai médian de première réponse sont les chiffres de chaque dirigeant sur la période, pour l&apos;ensemble des collaborateurs&#xa0;; les questions posées et sans réponse sont celles de l&apos;audience.</translation>
    </message>
    <message>
        <source>No staff comments reached a leader in this period.</source>
        <translation>Aucun commentaire de collaborateur n&apos;a été adressé à un dirigeant pendant cette période.</translation>
    </message>
    <message>
        <source>The whole organisation, %1 – %2</source>
        <translation>Toute l&apos;organisation, %1 – %2</translation>
    </message>
</context>
<context>
    <name>TownHallSummary</name>
    <message>
        <source>%1 rose most (%2 points, to %3), led by %4 (%5 points).</source>
        <translation>%1 a le plus progressé (%2 points, jusqu&apos;à %3), porté par %4 (%5 points).</translation>
    </message>
    <message>
        <source>%1 fell most (%2 points, to %3), led by %4 (%5 points).</source>
        <translation>%1 a le plus reculé (%2 points, jusqu&apos;à %3), entraîné par %4 (%5 points).</translation>
    </message>
    <message>
        <source>%1 rose most (%2 points, to %3).</source>
        <translation>%1 a le plus progressé (%2 points, jusqu&apos;à %3).</translation>
    </message>
    <message>
        <source>%1 fell most (%2 points, to %3).</source>
        <translation>%1 a le plus reculé (%2 points, jusqu&apos;à %3).</translation>
    </message>
    <message>
        <source>Also rising: %1.</source>
        <translation>En hausse également&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Also falling: %1.</source>
        <translation>En baisse également&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Collaborateur</translation>
    </message>
    <message>
        <source>Staff member (%1)</source>
        <translation>Collaborateur (%1)</translation>
    </message>
    <message>
        <source>From %1 to %2, the emotional capital (ECI) of %3 went from %4 to %5 (%6 points).</source>
        <translation>Du %1 au %2, le capital émotionnel (ECI) de la sélection (%3) est passé de %4 à %5 (%6 points).</translation>
    </message>
    <message>
        <source>The data does not reach far enough before %1 to compare the emotional capital over the period.</source>
        <translation>Les données ne remontent pas assez loin avant le %1 pour comparer le capital émotionnel sur la période.</translation>
    </message>
    <message>
        <source>No department&apos;s ECI rose or fell by a point or more.</source>
        <translation>L&apos;ECI d&apos;aucun service n&apos;a augmenté ni baissé d&apos;un point ou plus.</translation>
    </message>
    <message>
        <source>Among the staff questions still waiting for a leader&apos;s answer, the most common theme is “%1”: %2 questions from %3 people.</source>
        <translation>Parmi les questions de collaborateurs qui attendent encore la réponse d&apos;un dirigeant, le thème le plus fréquent est «&#xa0;%1&#xa0;»&#xa0;: %2 questions de %3 personnes.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Other themes: %1.</source>
        <translation>Autres thèmes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No staff question to a leader is waiting for an answer.</source>
        <translation>Aucune question de collaborateur à un dirigeant n&apos;attend de réponse.</translation>
    </message>
    <message>
        <source>The staff questions waiting for an answer share no theme with enough different askers to be shown.</source>
        <translation>Les questions de collaborateurs en attente de réponse n&apos;ont aucun thème commun à assez de personnes différentes pour être affiché.</translation>
    </message>
    <message>
        <source>%1 has the most unanswered staff questions (%2) and a reply rate of %3.</source>
        <translation>%1 a le plus de questions de collaborateurs sans réponse (%2) et un taux de réponse de %3.</translation>
    </message>
    <message>
        <source>%1 has the most unanswered staff questions (%2).</source>
        <translation>%1 a le plus de questions de collaborateurs sans réponse (%2).</translation>
    </message>
    <message>
        <source>%1 answered staff fastest, with a median of %2 to the first reply.</source>
        <translation>%1 a répondu le plus vite aux collaborateurs, avec un délai médian de %2 avant la première réponse.</translation>
    </message>
    <message>
        <source>No staff comments reached a leader in this period.</source>
        <translation>Aucun commentaire de collaborateur n&apos;a été adressé à un dirigeant pendant cette période.</translation>
    </message>
    <message>
        <source>%1 received the most public recognitions per member (%2).</source>
        <translation>%1 a reçu le plus de reconnaissances publiques par membre (%2).</translation>
    </message>
    <message>
        <source>Shout-out candidates, each recognised in public channels by at least two people, come from %1.</source>
        <translation>Les personnes à mettre à l&apos;honneur, chacune reconnue dans des canaux publics par au moins deux personnes, viennent de %1.</translation>
    </message>
    <message>
        <source>Shout-out candidates, each recognised in public channels by at least two people: %1.</source>
        <translation>Personnes à mettre à l&apos;honneur, chacune reconnue dans des canaux publics par au moins deux personnes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nobody was recognised in a public channel in this period.</source>
        <translation>Personne n&apos;a été reconnu dans un canal public pendant cette période.</translation>
    </message>
    <message>
        <source>authenticity</source>
        <comment>a pillar, inside a sentence</comment>
        <translation>l&apos;authenticité</translation>
    </message>
    <message>
        <source>pride</source>
        <comment>a pillar, inside a sentence</comment>
        <translation>la fierté</translation>
    </message>
    <message>
        <source>attachment</source>
        <comment>a pillar, inside a sentence</comment>
        <translation>l&apos;attachement</translation>
    </message>
    <message>
        <source>fun</source>
        <comment>a pillar, inside a sentence</comment>
        <translation>la convivialité</translation>
    </message>
    <message>
        <source>Not compared, and left out of the totals on the days they are hidden, to protect privacy (fewer than %1 staff on one of the two days): %2.</source>
        <translation>Non comparés, et exclus des totaux les jours où ils sont masqués, pour protéger la vie privée (moins de %1 collaborateurs l&apos;un des deux jours)&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The tone in the ECI of the whole audience leaves out %1 (fewer than %n authors).</source>
        <translation>
            <numerusform>Le ton dans l&apos;ECI de l&apos;ensemble de l&apos;audience exclut %1 (moins de %n auteur).</numerusform>
            <numerusform>Le ton dans l&apos;ECI de l&apos;ensemble de l&apos;audience exclut %1 (moins de %n auteurs).</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2, the emotional capital (ECI) of the organisation went from %3 to %4 (%5 points).</source>
        <translation>Du %1 au %2, le capital émotionnel (ECI) de l&apos;organisation est passé de %3 à %4 (%5 points).</translation>
    </message>
</context>
<context>
    <name>WidgetExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Made with Goodwill</source>
        <translation>Réalisé avec Goodwill</translation>
    </message>
    <message>
        <source>Cannot write %1: only .png and .svg are supported</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: seuls les formats .png et .svg sont pris en charge</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>L&apos;encodage PNG a échoué</translation>
    </message>
</context>
<context>
    <name>goodwill::items::AlertsModel</name>
    <message>
        <source>%1: %2. Open it to see the signals behind it.</source>
        <translation>%1&#xa0;: %2. Ouvrez-la pour voir les signaux sous-jacents.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>goodwill::items::BestPostsModel</name>
    <message>
        <source>Staff replies in the post&apos;s thread.</source>
        <translation>Réponses de collaborateurs dans le fil de la publication.</translation>
    </message>
    <message>
        <source>Staff reactions in the post&apos;s thread.</source>
        <translation>Réactions de collaborateurs dans le fil de la publication.</translation>
    </message>
    <message>
        <source>Distinct staff who replied or reacted in the post&apos;s thread.</source>
        <translation>Collaborateurs distincts ayant répondu ou réagi dans le fil de la publication.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden: %n distinct staff replied, fewer than %1 (tone is shown only when at least %1 people wrote the text it is read from).</source>
        <translation>
            <numerusform>Masqué&#xa0;: %n collaborateur distinct a répondu, moins de %1 (le ton n&apos;est affiché que si au moins %1 personnes ont écrit le texte dont il est tiré).</numerusform>
            <numerusform>Masqué&#xa0;: %n collaborateurs distincts ont répondu, moins de %1 (le ton n&apos;est affiché que si au moins %1 personnes ont écrit le texte dont il est tiré).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean tone of the %n staff replies, from -1 (negative) to 1 (positive), written by %1 distinct staff.</source>
        <translation>
            <numerusform>Ton moyen de %n réponse de collaborateur, de -1 (négatif) à 1 (positif), écrite par %1 collaborateurs distincts.</numerusform>
            <numerusform>Ton moyen des %n réponses de collaborateurs, de -1 (négatif) à 1 (positif), écrites par %1 collaborateurs distincts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Tone of replies</source>
        <translation>Ton des réponses</translation>
    </message>
    <message>
        <source>When you posted it (local time).</source>
        <translation>Date de publication (heure locale).</translation>
    </message>
    <message>
        <source>Where you posted it.</source>
        <translation>Où vous l&apos;avez publiée.</translation>
    </message>
    <message>
        <source>The start of the post; the tooltip shows all of it.</source>
        <translation>Le début de la publication&#xa0;; l&apos;infobulle l&apos;affiche en entier.</translation>
    </message>
    <message>
        <source>Staff replies in the thread, up to the end of the data.</source>
        <translation>Réponses de collaborateurs dans le fil, jusqu&apos;à la fin des données.</translation>
    </message>
    <message>
        <source>Staff reactions in the thread, up to the end of the data.</source>
        <translation>Réactions de collaborateurs dans le fil, jusqu&apos;à la fin des données.</translation>
    </message>
    <message>
        <source>Distinct staff who replied or reacted.</source>
        <translation>Collaborateurs distincts ayant répondu ou réagi.</translation>
    </message>
    <message>
        <source>Mean tone of the staff replies (-1 to 1); hidden unless at least %1 distinct staff wrote them.</source>
        <translation>Ton moyen des réponses des collaborateurs (-1 à 1)&#xa0;; masqué si moins de %1 collaborateurs distincts les ont écrites.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::BlindSpotModel</name>
    <message>
        <source>No leader recognised anyone in %1 from %2 to %3</source>
        <translation>Aucun dirigeant n&apos;a reconnu qui que ce soit dans le service %1 du %2 au %3</translation>
    </message>
    <message>
        <source>Staff in %1 on %2</source>
        <translation>Collaborateurs de %1 au %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>The last day before the period on which a leader recognised someone in %1</source>
        <translation>Le dernier jour avant la période où un dirigeant a reconnu quelqu&apos;un dans le service %1</translation>
    </message>
    <message>
        <source>No leader recognised anyone in %1 in all the data before the period</source>
        <translation>Aucun dirigeant n&apos;a reconnu qui que ce soit dans le service %1 dans toutes les données antérieures à la période</translation>
    </message>
    <message>
        <source>Days from the last leader recognition to %1</source>
        <translation>Jours depuis la dernière reconnaissance d&apos;un dirigeant jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>No leader recognition in the data</source>
        <translation>Aucune reconnaissance de dirigeant dans les données</translation>
    </message>
    <message>
        <source>Recognitions people in %1 received from colleagues who are not leaders, %2 to %3 (one per person recognised)</source>
        <translation>Reconnaissances reçues par les personnes de %1 de la part de collègues non dirigeants, du %2 au %3 (une par personne reconnue)</translation>
    </message>
    <message>
        <source>A department no leader recognised in the period</source>
        <translation>Un service qu&apos;aucun dirigeant n&apos;a reconnu dans la période</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Staff on the period&apos;s last day</source>
        <translation>Collaborateurs le dernier jour de la période</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>When a leader last recognised someone in it</source>
        <translation>Quand un dirigeant y a reconnu quelqu&apos;un pour la dernière fois</translation>
    </message>
    <message>
        <source>Last by a leader</source>
        <translation>Dernière par un dirigeant</translation>
    </message>
    <message>
        <source>Days since then, to the period&apos;s last day</source>
        <translation>Jours écoulés depuis, jusqu&apos;au dernier jour de la période</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Jours écoulés</translation>
    </message>
    <message>
        <source>Recognitions from colleagues in the period</source>
        <translation>Reconnaissances de collègues dans la période</translation>
    </message>
    <message>
        <source>From colleagues</source>
        <translation>De collègues</translation>
    </message>
</context>
<context>
    <name>goodwill::items::CapitalHeatmapModel</name>
    <message>
        <source>%1: %2 staff on %3</source>
        <translation>%1&#xa0;: %2 collaborateurs au %3</translation>
    </message>
    <message>
        <source>%1 on %2: no ECI. %3</source>
        <translation>%1 au %2&#xa0;: pas d&apos;ECI. %3</translation>
    </message>
    <message>
        <source>%1 on %2: ECI %3 (80% band %4)</source>
        <translation>%1 au %2&#xa0;: ECI %3 (intervalle à 80&#xa0;%&#xa0;: %4)</translation>
    </message>
    <message>
        <source>, %1 staff</source>
        <translation>, %1 collaborateurs</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see how it was computed.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour voir comment il a été calculé.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>ECI at the period end, %1</source>
        <translation>ECI en fin de période, %1</translation>
    </message>
</context>
<context>
    <name>goodwill::items::CapitalMoversModel</name>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>ECI before</source>
        <translation>ECI avant</translation>
    </message>
    <message>
        <source>ECI after</source>
        <translation>ECI après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Pillar that moved</source>
        <translation>Pilier ayant varié</translation>
    </message>
    <message>
        <source>Pillar change</source>
        <translation>Variation du pilier</translation>
    </message>
    <message>
        <source>The whole audience first, then the departments whose ECI fell most, then those whose ECI rose most (at most %1 each, by at least %2 point)</source>
        <translation>L&apos;ensemble de l&apos;audience d&apos;abord, puis les services dont l&apos;ECI a le plus baissé, puis ceux dont l&apos;ECI a le plus augmenté (%1 au plus de chaque, d&apos;au moins %2 point)</translation>
    </message>
    <message>
        <source>Whether the ECI rose or fell over the period</source>
        <translation>Si l&apos;ECI a augmenté ou baissé sur la période</translation>
    </message>
    <message>
        <source>The ECI (0–100) over the window ending on the day before the period (or the first period end with a whole window of data)</source>
        <translation>L&apos;ECI (0–100) sur la fenêtre se terminant la veille de la période (ou à la première fin de période disposant d&apos;une fenêtre complète de données)</translation>
    </message>
    <message>
        <source>The ECI (0–100) over the window ending on the period&apos;s last day</source>
        <translation>L&apos;ECI (0–100) sur la fenêtre se terminant le dernier jour de la période</translation>
    </message>
    <message>
        <source>ECI after minus ECI before, in points</source>
        <translation>ECI après moins ECI avant, en points</translation>
    </message>
    <message>
        <source>Of the four pillars, the one whose score moved most in the same direction as the ECI</source>
        <translation>Parmi les quatre piliers, celui dont le score a le plus varié dans le même sens que l&apos;ECI</translation>
    </message>
    <message>
        <source>That pillar&apos;s score after minus before, in points</source>
        <translation>Score de ce pilier après moins avant, en points</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Over the %1 days to %2.</source>
        <translation>Sur les %1 jours jusqu&apos;au %2.</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Hausse</translation>
    </message>
    <message>
        <source>Fell</source>
        <translation>Baisse</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Stable</translation>
    </message>
    <message>
        <source>Everyone in %1</source>
        <translation>Tout le monde dans la sélection&#xa0;: %1</translation>
    </message>
    <message>
        <source>ECI of %1 on %2: %3. %4 Double-click to see how it was computed.</source>
        <translation>ECI de %1 au %2&#xa0;: %3. %4 Double-cliquez pour voir comment il a été calculé.</translation>
    </message>
    <message>
        <source>%1 points: %2 on %3 against %4 on %5</source>
        <translation>%1 points&#xa0;: %2 au %3 contre %4 au %5</translation>
    </message>
    <message>
        <source>No pillar moved in the same direction as the ECI</source>
        <translation>Aucun pilier n&apos;a varié dans le même sens que l&apos;ECI</translation>
    </message>
    <message>
        <source>%1: %2 on %3 against %4 on %5</source>
        <translation>%1&#xa0;: %2 au %3 contre %4 au %5</translation>
    </message>
    <message>
        <source>Everyone in the organisation</source>
        <translation>Tout le monde dans l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>goodwill::items::CapitalTrendModel</name>
    <message>
        <source>ECI</source>
        <translation>ECI</translation>
    </message>
    <message>
        <source>Period ending %1</source>
        <translation>Période se terminant le %1</translation>
    </message>
    <message>
        <source>%1 on %2: no %3. %4</source>
        <translation>%1 au %2&#xa0;: pas de valeur %3. %4</translation>
    </message>
    <message>
        <source>%1, %2 on %3: %4</source>
        <translation>%1, %2 au %3&#xa0;: %4</translation>
    </message>
    <message>
        <source> (80% band %1)</source>
        <translation> (intervalle à 80&#xa0;%&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>%1 (80% low)</source>
        <translation>%1 (borne basse 80&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 (80% high)</source>
        <translation>%1 (borne haute 80&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 of %2 at each period end, 0–100</source>
        <translation>%1 de %2 à chaque fin de période, 0–100</translation>
    </message>
</context>
<context>
    <name>goodwill::items::ChannelsModel</name>
    <message>
        <source>The kind stored when %1 was imported (the platform&apos;s, or the name rules&apos; at the time)</source>
        <translation>Le type enregistré lors de l&apos;importation de %1 (celui de la plateforme, ou celui des règles de nom alors en vigueur)</translation>
    </message>
    <message>
        <source>The kind the name rules of the current model give &apos;%1&apos;</source>
        <translation>Le type que les règles de nom du modèle actuel attribuent à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The kind every figure counts %1 as: the override, else the stored kind</source>
        <translation>Le type sous lequel chaque chiffre compte %1&#xa0;: le forçage, sinon le type enregistré</translation>
    </message>
    <message>
        <source>Double-click to set what %1 is for, whatever its name says</source>
        <translation>Double-cliquez pour définir l&apos;usage de %1, quel que soit son nom</translation>
    </message>
    <message>
        <source>No override</source>
        <translation>Aucun forçage</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Imported kind</source>
        <translation>Type importé</translation>
    </message>
    <message>
        <source>Kind by name</source>
        <translation>Type d&apos;après le nom</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Forçage</translation>
    </message>
    <message>
        <source>Effective kind</source>
        <translation>Type effectif</translation>
    </message>
</context>
<context>
    <name>goodwill::items::DepartmentReachModel</name>
    <message>
        <source>Not recognised</source>
        <translation>Non reconnu</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <source>Fewer than %1 staff</source>
        <translation>Moins de %1 collaborateurs</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 has fewer than %2 staff: its size and reach are hidden so that no figure describes fewer than %2 people.</source>
        <translation>%1 compte moins de %2 collaborateurs&#xa0;: sa taille et sa portée sont masquées afin qu&apos;aucun chiffre ne décrive moins de %2 personnes.</translation>
    </message>
    <message>
        <source>%1: the leader reached %2% of its staff (%3), who replied or reacted to the leader&apos;s posts, %4 (staff on the last day)</source>
        <translation>%1&#xa0;: le dirigeant a touché %2&#xa0;% de ses collaborateurs (%3), qui ont répondu ou réagi à ses publications, %4 (collaborateurs au dernier jour)</translation>
    </message>
    <message>
        <source>%1: %2 staff on %3</source>
        <translation>%1&#xa0;: %2 collaborateurs au %3</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions naming someone in %1, %2 (one per message)</source>
        <translation>Les reconnaissances du dirigeant nommant une personne de %1, %2 (une par message)</translation>
    </message>
    <message>
        <source>Distinct people of %1 (on the day) the leader recognised, %2</source>
        <translation>Personnes distinctes de %1 (au jour considéré) reconnues par le dirigeant, %2</translation>
    </message>
    <message>
        <source>The leader recognised someone in %1, %2.</source>
        <translation>Le dirigeant a reconnu quelqu&apos;un dans le service %1, %2.</translation>
    </message>
    <message>
        <source>A blind spot: the leader recognised no one in %1, %2.</source>
        <translation>Un angle mort&#xa0;: le dirigeant n&apos;a reconnu personne dans le service %1, %2.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reach (%)</source>
        <translation>Portée (%)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Personnes reconnues</translation>
    </message>
    <message>
        <source>Recognised?</source>
        <translation>Reconnu&#xa0;?</translation>
    </message>
    <message>
        <source>Departments with staff on the period&apos;s last day, or recognised by the leader.</source>
        <translation>Services ayant des collaborateurs le dernier jour de la période, ou reconnus par le dirigeant.</translation>
    </message>
    <message>
        <source>Of the department&apos;s staff on the last day, the share who replied or reacted to the leader&apos;s posts in the period (hidden under %1 staff).</source>
        <translation>Parmi les collaborateurs du service au dernier jour, la part ayant répondu ou réagi aux publications du dirigeant dans la période (masqué sous %1 collaborateurs).</translation>
    </message>
    <message>
        <source>Staff on the period&apos;s last day (hidden under %1).</source>
        <translation>Collaborateurs le dernier jour de la période (masqué sous %1).</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions naming someone of the department on the day.</source>
        <translation>Les reconnaissances du dirigeant nommant une personne du service au jour considéré.</translation>
    </message>
    <message>
        <source>Distinct people of the department the leader recognised.</source>
        <translation>Personnes distinctes du service reconnues par le dirigeant.</translation>
    </message>
    <message>
        <source>Whether the leader recognised anyone in the department in the period.</source>
        <translation>Si le dirigeant a reconnu quelqu&apos;un dans le service pendant la période.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::DepartmentSummaryModel</name>
    <message>
        <source>%1: %2 staff on %3</source>
        <translation>%1&#xa0;: %2 collaborateurs au %3</translation>
    </message>
    <message>
        <source>%1: no ECI on %2. %3</source>
        <translation>%1&#xa0;: pas d&apos;ECI au %2. %3</translation>
    </message>
    <message>
        <source>%1: emotional-capital index %2 on %3 (80% band %4), 0–100.</source>
        <translation>%1&#xa0;: indice de capital émotionnel %2 au %3 (intervalle à 80&#xa0;%&#xa0;: %4), 0–100.</translation>
    </message>
    <message>
        <source>%1: no change to show (the ECI is missing now or at the previous period end)</source>
        <translation>%1&#xa0;: aucune variation à afficher (l&apos;ECI manque aujourd&apos;hui ou à la fin de période précédente)</translation>
    </message>
    <message>
        <source>%1: ECI %2 on %3, %4 on %5: %6 points</source>
        <translation>%1&#xa0;: ECI %2 au %3, %4 au %5&#xa0;: %6 points</translation>
    </message>
    <message>
        <source>%1: no year-over-year change (the data does not reach a full window a year before %2, or the ECI is missing then)</source>
        <translation>%1&#xa0;: aucune variation sur un an (les données ne couvrent pas une fenêtre complète un an avant le %2, ou l&apos;ECI manque à cette date)</translation>
    </message>
    <message>
        <source>%1: the ECI on %2 minus the ECI a year before: %3 points</source>
        <translation>%1&#xa0;: l&apos;ECI au %2 moins l&apos;ECI un an plus tôt&#xa0;: %3 points</translation>
    </message>
    <message>
        <source>%1: no %2 score on %3 (every signal of it missing or thin)</source>
        <translation>%1&#xa0;: pas de score %2 au %3 (tous ses signaux sont absents ou insuffisants)</translation>
    </message>
    <message>
        <source>%1: %2 %3 on %4 (80% band %5), 0–100.</source>
        <translation>%1&#xa0;: %2 %3 au %4 (intervalle à 80&#xa0;%&#xa0;: %5), 0–100.</translation>
    </message>
    <message>
        <source>%1: no alerts in the period</source>
        <translation>%1&#xa0;: aucune alerte dans la période</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>ECI</source>
        <translation>ECI</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Sur un an</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>The department, in its colour on every chart</source>
        <translation>Le service, dans sa couleur sur tous les graphiques</translation>
    </message>
    <message>
        <source>Staff in the department on the last day</source>
        <translation>Collaborateurs du service au dernier jour</translation>
    </message>
    <message>
        <source>Emotional-capital index on the last day, 0–100, over the trailing window</source>
        <translation>Indice de capital émotionnel au dernier jour, 0–100, sur la fenêtre glissante</translation>
    </message>
    <message>
        <source>ECI points gained or lost since the previous period end</source>
        <translation>Points d&apos;ECI gagnés ou perdus depuis la fin de période précédente</translation>
    </message>
    <message>
        <source>ECI points gained or lost against the same day a year before</source>
        <translation>Points d&apos;ECI gagnés ou perdus par rapport au même jour un an plus tôt</translation>
    </message>
    <message>
        <source>The ECI at each period end</source>
        <translation>L&apos;ECI à chaque fin de période</translation>
    </message>
    <message>
        <source>Falls of the ECI or of a pillar in the period</source>
        <translation>Baisses de l&apos;ECI ou d&apos;un pilier dans la période</translation>
    </message>
    <message>
        <source>%1 pillar score on the last day, 0–100</source>
        <translation>Score du pilier %1 au dernier jour, 0–100</translation>
    </message>
</context>
<context>
    <name>goodwill::items::DepartmentsListModel</name>
    <message>
        <source>Staff whose roster stint puts them in %1 today (leaders, bots and guests not counted)</source>
        <translation>Collaborateurs que leur période d&apos;affectation dans l&apos;annuaire place aujourd&apos;hui dans %1 (dirigeants, bots et invités non comptés)</translation>
    </message>
    <message>
        <source>Leaders in %1 today</source>
        <translation>Dirigeants de %1 aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Everyone the roster ever placed in %1, whatever their role</source>
        <translation>Toutes les personnes que l&apos;annuaire a un jour placées dans %1, quel que soit leur rôle</translation>
    </message>
    <message>
        <source>Double-click to list the people of %1</source>
        <translation>Double-cliquez pour lister les personnes de %1</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Staff today</source>
        <translation>Effectif actuel</translation>
    </message>
    <message>
        <source>Leaders today</source>
        <translation>Dirigeants actuels</translation>
    </message>
    <message>
        <source>People, all time</source>
        <translation>Personnes (total)</translation>
    </message>
</context>
<context>
    <name>goodwill::items::EngagementQuestionsModel</name>
    <message>
        <source>You marked this question handled on %1; it is left out of your open questions and nudges. Undo or “Mark not handled” brings it back.</source>
        <translation>Vous avez marqué cette question comme traitée le %1&#xa0;; elle est exclue de vos questions ouvertes et de vos suggestions. «&#xa0;Annuler&#xa0;» ou «&#xa0;Marquer comme non traitée&#xa0;» la rétablit.</translation>
    </message>
    <message>
        <source>Open: not marked handled.</source>
        <translation>Ouverte&#xa0;: non marquée comme traitée.</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>When you marked the question handled (answered elsewhere, or nothing to answer); empty while it is open.</source>
        <translation>Date à laquelle vous avez marqué la question comme traitée (réponse donnée ailleurs, ou rien à répondre)&#xa0;; vide tant qu&apos;elle est ouverte.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::EvidenceInputsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>How it is used</source>
        <translation>Utilisation</translation>
    </message>
</context>
<context>
    <name>goodwill::items::EvidenceMessagesModel</name>
    <message>
        <source>Post</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Counts towards the figure&apos;s numerator</source>
        <translation>Compte dans le numérateur de l&apos;indicateur</translation>
    </message>
    <message>
        <source>Listed, but not counted in the numerator</source>
        <translation>Listé, mais non compté dans le numérateur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>goodwill::items::ImportRunsModel</name>
    <message>
        <source>did not finish</source>
        <translation>inachevée</translation>
    </message>
    <message>
        <source>Input records this run left out (already imported, bots, system messages ...); the report says why</source>
        <translation>Enregistrements en entrée que cette importation a écartés (déjà importés, bots, messages système, etc.)&#xa0;; le rapport indique pourquoi</translation>
    </message>
    <message>
        <source>What this run added to the database</source>
        <translation>Ce que cette importation a ajouté à la base de données</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <source>New channels</source>
        <translation>Nouveaux canaux</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>goodwill::items::LeaderCadenceModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Period ending</source>
        <translation>Période se terminant le</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <source>The last day of each week, month or quarter (the filter&apos;s granularity).</source>
        <translation>Le dernier jour de chaque semaine, mois ou trimestre (la granularité du filtre).</translation>
    </message>
    <message>
        <source>The leader&apos;s posts in the period.</source>
        <translation>Les publications du dirigeant dans la période.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies in the period.</source>
        <translation>Les réponses du dirigeant dans la période.</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions in the period.</source>
        <translation>Les reconnaissances du dirigeant dans la période.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln post(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln publication</numerusform>
            <numerusform>%1&#xa0;: %Ln publications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln reply(ies)</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln réponse</numerusform>
            <numerusform>%1&#xa0;: %Ln réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recognition(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln reconnaissance</numerusform>
            <numerusform>%1&#xa0;: %Ln reconnaissances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>goodwill::items::LeaderPercentileModel</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1, %2: lower is better.</source>
        <translation>%1, %2&#xa0;: une valeur basse est préférable.</translation>
    </message>
    <message>
        <source>%1, %2: higher is better.</source>
        <translation>%1, %2&#xa0;: une valeur élevée est préférable.</translation>
    </message>
    <message>
        <source>Nothing to measure for you in %1: no percentile.</source>
        <translation>Rien à mesurer pour vous %1&#xa0;: pas de centile.</translation>
    </message>
    <message>
        <source>You have no value for this figure in the period.</source>
        <translation>Vous n&apos;avez aucune valeur pour cet indicateur dans la période.</translation>
    </message>
    <message>
        <source>Fewer than two leaders have a value: there is no one to compare with.</source>
        <translation>Moins de deux dirigeants ont une valeur&#xa0;: il n&apos;y a personne à qui vous comparer.</translation>
    </message>
    <message>
        <source>Leaders with a value for this figure in the period, you included. Only your own place is shown, never a ranking of names.</source>
        <translation>Dirigeants ayant une valeur pour cet indicateur dans la période, vous compris. Seule votre propre position est affichée, jamais un classement nominatif.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Centile</translation>
    </message>
    <message>
        <source>Leaders compared</source>
        <translation>Dirigeants comparés</translation>
    </message>
    <message>
        <source>A leader figure of the period (docs/model.md section 3).</source>
        <translation>Un indicateur de dirigeant sur la période (docs/model.md, section 3).</translation>
    </message>
    <message>
        <source>Your value over the period.</source>
        <translation>Votre valeur sur la période.</translation>
    </message>
    <message>
        <source>Your place among leaders, 0 to 100: the share of leaders you do better than, counting ties as half. 50 is the middle.</source>
        <translation>Votre position parmi les dirigeants, de 0 à 100&#xa0;: la part des dirigeants que vous devancez, les ex aequo comptant pour moitié. 50 correspond au milieu.</translation>
    </message>
    <message>
        <source>How many leaders have a value for the figure, you included.</source>
        <translation>Nombre de dirigeants ayant une valeur pour l&apos;indicateur, vous compris.</translation>
    </message>
    <message>
        <source>%1, yours, %2. Double-click to see how it was computed.</source>
        <translation>%1, votre valeur, %2. Double-cliquez pour voir comment elle a été calculée.</translation>
    </message>
    <message>
        <source>%3: of %1 leaders with a value, %2 have a higher one than you and %4 the same (you included): 100 × (%2 + %4 / 2) / %1 = %5.</source>
        <translation>%3&#xa0;: sur %1 dirigeants ayant une valeur, %2 ont une valeur plus élevée que la vôtre et %4 la même (vous compris)&#xa0;: 100 × (%2 + %4 / 2) / %1 = %5.</translation>
    </message>
    <message>
        <source>%3: of %1 leaders with a value, %2 have a lower one than you and %4 the same (you included): 100 × (%2 + %4 / 2) / %1 = %5.</source>
        <translation>%3&#xa0;: sur %1 dirigeants ayant une valeur, %2 ont une valeur plus basse que la vôtre et %4 la même (vous compris)&#xa0;: 100 × (%2 + %4 / 2) / %1 = %5.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::LeaderResponseTrendModel</name>
    <message>
        <source>%1: no staff comments to the leader, nothing to rate.</source>
        <translation>%1&#xa0;: aucun commentaire de collaborateur au dirigeant, rien à évaluer.</translation>
    </message>
    <message>
        <source>%1: reply rate %2% (%3 of %4 staff comments answered in the thread within %5 h)</source>
        <translation>%1&#xa0;: taux de réponse %2&#xa0;% (%3 commentaires de collaborateurs sur %4 ayant reçu une réponse dans le fil sous %5&#xa0;h)</translation>
    </message>
    <message>
        <source>%1: no staff comment answered, no time to measure.</source>
        <translation>%1&#xa0;: aucun commentaire de collaborateur n&apos;a reçu de réponse, aucun délai à mesurer.</translation>
    </message>
    <message>
        <source>%1: median %2 h from a staff comment to the leader&apos;s first later reply in the thread (comments answered at all)</source>
        <translation>%1&#xa0;: médiane de %2&#xa0;h entre un commentaire de collaborateur et la première réponse ultérieure du dirigeant dans le fil (commentaires ayant reçu une réponse)</translation>
    </message>
    <message>
        <source>Period ending</source>
        <translation>Période se terminant le</translation>
    </message>
    <message>
        <source>Reply rate (%)</source>
        <translation>Taux de réponse (%)</translation>
    </message>
    <message>
        <source>Median first reply (h)</source>
        <translation>Médiane 1re réponse (h)</translation>
    </message>
    <message>
        <source>The last day of each week, month or quarter (the filter&apos;s granularity).</source>
        <translation>Le dernier jour de chaque semaine, mois ou trimestre (la granularité du filtre).</translation>
    </message>
    <message>
        <source>Share of the period&apos;s staff comments to the leader followed by the leader&apos;s reply in the thread within %1 h.</source>
        <translation>Part des commentaires de collaborateurs adressés au dirigeant dans la période et suivis de sa réponse dans le fil sous %1&#xa0;h.</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to the leader&apos;s first later reply in the thread, over the period&apos;s comments answered at all.</source>
        <translation>Nombre médian d&apos;heures entre un commentaire de collaborateur et la première réponse ultérieure du dirigeant dans le fil, sur les commentaires de la période ayant reçu une réponse.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::LeaderResponsivenessModel</name>
    <message>
        <source>Leader</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Staff comments</source>
        <translation>Commentaires de collaborateurs</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>Médiane 1re réponse</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Questions posées</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Leaders the audience wrote to or who lead part of it; the most unanswered questions first</source>
        <translation>Dirigeants à qui l&apos;audience a écrit ou qui en dirigent une partie&#xa0;; ceux qui ont le plus de questions sans réponse en premier</translation>
    </message>
    <message>
        <source>The leader&apos;s department on the period&apos;s last day</source>
        <translation>Le service du dirigeant le dernier jour de la période</translation>
    </message>
    <message>
        <source>Staff replies in the leader&apos;s threads and staff messages naming the leader, from all staff, in the period</source>
        <translation>Réponses de collaborateurs dans les fils du dirigeant et messages de collaborateurs le nommant, de tous les collaborateurs, dans la période</translation>
    </message>
    <message>
        <source>Share of those staff comments the leader answered in the thread within %1 hours</source>
        <translation>Part de ces commentaires de collaborateurs auxquels le dirigeant a répondu dans le fil sous %1 heures</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to the leader&apos;s first later reply in the thread, over the comments answered at all</source>
        <translation>Nombre médian d&apos;heures entre un commentaire de collaborateur et la première réponse ultérieure du dirigeant dans le fil, sur les commentaires ayant reçu une réponse</translation>
    </message>
    <message>
        <source>Staff questions from the audience to the leader in the period (on the leader&apos;s threads or naming them)</source>
        <translation>Questions de collaborateurs de l&apos;audience au dirigeant dans la période (dans ses fils ou le nommant)</translation>
    </message>
    <message>
        <source>Of those questions, the ones the leader has not replied to in the thread, up to the end of the data</source>
        <translation>Parmi ces questions, celles auxquelles le dirigeant n&apos;a pas répondu dans le fil, jusqu&apos;à la fin des données</translation>
    </message>
    <message>
        <source>%1 answered %2 of the staff comments within the reply window. Double-click to see them.</source>
        <translation>%1 a répondu à %2 des commentaires de collaborateurs dans le délai de réponse. Double-cliquez pour les voir.</translation>
    </message>
    <message>
        <source>No staff comments to rate in the period</source>
        <translation>Aucun commentaire de collaborateur à évaluer dans la période</translation>
    </message>
    <message>
        <source>No staff comment was answered: no time to measure</source>
        <translation>Aucun commentaire de collaborateur n&apos;a reçu de réponse&#xa0;: aucun délai à mesurer</translation>
    </message>
</context>
<context>
    <name>goodwill::items::LeaderTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>The leader (an effective role of leader: override, roster or title).</source>
        <translation>Le dirigeant (rôle effectif de dirigeant&#xa0;: forçage, annuaire ou fonction).</translation>
    </message>
    <message>
        <source>The leader&apos;s e-mail address.</source>
        <translation>L&apos;adresse e-mail du dirigeant.</translation>
    </message>
    <message>
        <source>The leader&apos;s department on the period&apos;s last day.</source>
        <translation>Le service du dirigeant le dernier jour de la période.</translation>
    </message>
    <message>
        <source>Observer: fewer than 2 posts and replies per 4 weeks; else Broadcaster: conversation ratio under 0.25; else Responder: over 0.75; else Catalyst: staff responses per post at least twice the leaders&apos; median, ratio at most 0.5; else Engager.</source>
        <translation>Observateur&#xa0;: moins de 2 publications et réponses par 4 semaines&#xa0;; sinon Diffuseur&#xa0;: ratio de conversation inférieur à 0,25&#xa0;; sinon Répondant&#xa0;: supérieur à 0,75&#xa0;; sinon Catalyseur&#xa0;: retours de collaborateurs par publication d&apos;au moins deux fois la médiane des dirigeants, ratio d&apos;au plus 0,5&#xa0;; sinon Animateur.</translation>
    </message>
    <message>
        <source>The leader&apos;s posts.</source>
        <translation>Les publications du dirigeant.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies.</source>
        <translation>Les réponses du dirigeant.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies to a message by a staff member.</source>
        <translation>Les réponses du dirigeant à un message d&apos;un collaborateur.</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions: thanks or praise naming someone (a recognition message, a recognition channel, or a recognition phrase next to a mention).</source>
        <translation>Les reconnaissances du dirigeant&#xa0;: remerciements ou éloges nommant quelqu&apos;un (un message de reconnaissance, un canal de reconnaissance, ou une formule de reconnaissance à côté d&apos;une mention).</translation>
    </message>
    <message>
        <source>Distinct people the leader recognised.</source>
        <translation>Personnes distinctes reconnues par le dirigeant.</translation>
    </message>
    <message>
        <source>Distinct departments of the people recognised, on the day.</source>
        <translation>Services distincts des personnes reconnues, au jour considéré.</translation>
    </message>
    <message>
        <source>Staff replies in threads the leader started, plus staff posts and replies that mention the leader; each message once.</source>
        <translation>Réponses de collaborateurs dans les fils ouverts par le dirigeant, plus les publications et réponses de collaborateurs qui mentionnent le dirigeant&#xa0;; chaque message une seule fois.</translation>
    </message>
    <message>
        <source>Staff comments followed by a reply of the leader in the same thread within %1 h.</source>
        <translation>Commentaires de collaborateurs suivis d&apos;une réponse du dirigeant dans le même fil sous %1&#xa0;h.</translation>
    </message>
    <message>
        <source>Answered comments / staff comments: the share followed by the leader&apos;s reply in the thread within %1 h.</source>
        <translation>Commentaires avec réponse / commentaires de collaborateurs&#xa0;: la part suivie d&apos;une réponse du dirigeant dans le fil sous %1&#xa0;h.</translation>
    </message>
    <message>
        <source>Staff comments that are questions (a question mark, or a post in a Q&amp;A channel).</source>
        <translation>Commentaires de collaborateurs qui sont des questions (un point d&apos;interrogation, ou une publication dans un canal Q&amp;R).</translation>
    </message>
    <message>
        <source>Staff questions followed by the leader&apos;s reply in the thread within %1 h.</source>
        <translation>Questions de collaborateurs suivies d&apos;une réponse du dirigeant dans le fil sous %1&#xa0;h.</translation>
    </message>
    <message>
        <source>Answered questions / staff questions.</source>
        <translation>Questions avec réponse / questions de collaborateurs.</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to the leader&apos;s first later reply in the thread, over the comments answered at all.</source>
        <translation>Nombre médian d&apos;heures entre un commentaire de collaborateur et la première réponse ultérieure du dirigeant dans le fil, sur les commentaires ayant reçu une réponse.</translation>
    </message>
    <message>
        <source>Distinct staff who replied or reacted to the leader&apos;s posts.</source>
        <translation>Collaborateurs distincts ayant répondu ou réagi aux publications du dirigeant.</translation>
    </message>
    <message>
        <source>Staff replies and reactions on the leader&apos;s posts.</source>
        <translation>Réponses et réactions de collaborateurs aux publications du dirigeant.</translation>
    </message>
    <message>
        <source>Replies / (posts + replies).</source>
        <translation>Réponses / (publications + réponses).</translation>
    </message>
    <message>
        <source>Share of the seven-day blocks from the period&apos;s first day with a post, reply or recognition of the leader.</source>
        <translation>Part des blocs de sept jours depuis le premier jour de la période comportant une publication, une réponse ou une reconnaissance du dirigeant.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>No staff comment was answered: no time to measure.</source>
        <translation>Aucun commentaire de collaborateur n&apos;a reçu de réponse&#xa0;: aucun délai à mesurer.</translation>
    </message>
    <message>
        <source>No posts or replies: no ratio.</source>
        <translation>Aucune publication ni réponse&#xa0;: pas de ratio.</translation>
    </message>
    <message>
        <source>Nothing to rate in the period.</source>
        <translation>Rien à évaluer dans la période.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::MonthlyActivityModel</name>
    <message>
        <source>%1: %2 posts, %3 replies, %4 reactions, %5 recognitions</source>
        <translation>%1&#xa0;: %2 publications, %3 réponses, %4 réactions, %5 reconnaissances</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
</context>
<context>
    <name>goodwill::items::NotRecognisedDepartmentsModel</name>
    <message>
        <source>You recognised no one in %1 in the %2 days to %3. Double-click for its leader recognition share (P2) on %3.</source>
        <translation>Vous n&apos;avez reconnu personne dans le service %1 dans les %2 jours jusqu&apos;au %3. Double-cliquez pour voir sa part reconnue par un dirigeant (P2) au %3.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Your latest recognition naming someone in %1 (in the channels and sources of the filter).</source>
        <translation>Votre dernière reconnaissance nommant une personne de %1 (dans les canaux et sources du filtre).</translation>
    </message>
    <message>
        <source>You have not recognised anyone in %1 in this data.</source>
        <translation>Vous n&apos;avez reconnu personne dans le service %1 dans ces données.</translation>
    </message>
    <message>
        <source>Days from your latest recognition in %1 to %2.</source>
        <translation>Jours entre votre dernière reconnaissance dans le service %1 et le %2.</translation>
    </message>
    <message>
        <source>No leader: a blind spot</source>
        <translation>Aucun dirigeant&#xa0;: un angle mort</translation>
    </message>
    <message>
        <source>Other leaders did</source>
        <translation>D&apos;autres dirigeants, oui</translation>
    </message>
    <message>
        <source>No leader recognised anyone in %1 in the %2 days to %3.</source>
        <translation>Aucun dirigeant n&apos;a reconnu qui que ce soit dans le service %1 dans les %2 jours jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>Another leader recognised someone in %1 in the %2 days to %3.</source>
        <translation>Un autre dirigeant a reconnu quelqu&apos;un dans le service %1 dans les %2 jours jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Your last recognition there</source>
        <translation>Votre dernière reconnaissance</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Jours écoulés</translation>
    </message>
    <message>
        <source>Any leader in the window</source>
        <translation>Un dirigeant dans la fenêtre</translation>
    </message>
    <message>
        <source>Departments with at least k staff on the last day in which you recognised no one in the window.</source>
        <translation>Services d&apos;au moins k collaborateurs au dernier jour dans lesquels vous n&apos;avez reconnu personne dans la fenêtre.</translation>
    </message>
    <message>
        <source>The day of your latest recognition naming someone in the department.</source>
        <translation>Le jour de votre dernière reconnaissance nommant une personne du service.</translation>
    </message>
    <message>
        <source>Days from that recognition to the window&apos;s last day.</source>
        <translation>Jours entre cette reconnaissance et le dernier jour de la fenêtre.</translation>
    </message>
    <message>
        <source>Whether any leader recognised someone in the department in the window.</source>
        <translation>Si un dirigeant a reconnu quelqu&apos;un dans le service pendant la fenêtre.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::NotRecognisedPeopleModel</name>
    <message>
        <source>%1 wrote to you or responded to your posts between %2 and %3, and you did not recognise them in that time.</source>
        <translation>%1 vous a écrit ou a réagi à vos publications entre le %2 et le %3, et vous ne l&apos;avez pas reconnu(e) pendant cette période.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <source>Their department on %1.</source>
        <translation>Son service au %1.</translation>
    </message>
    <message>
        <source>The day of their latest reply or reaction to your posts, or comment to you, in the window.</source>
        <translation>Le jour de sa dernière réponse ou réaction à vos publications, ou de son dernier commentaire à votre intention, dans la fenêtre.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Your latest recognition of %1, before the window.</source>
        <translation>Votre dernière reconnaissance de %1, avant la fenêtre.</translation>
    </message>
    <message>
        <source>You have not recognised %1 in this data.</source>
        <translation>Vous n&apos;avez pas reconnu %1 dans ces données.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Last wrote to you</source>
        <translation>Dernier message à vous</translation>
    </message>
    <message>
        <source>Your last recognition</source>
        <translation>Votre dernière reconnaissance</translation>
    </message>
    <message>
        <source>Staff who replied or reacted to your posts, or wrote a comment to you, in the window: people you see by name in your own threads.</source>
        <translation>Collaborateurs qui ont répondu ou réagi à vos publications, ou vous ont adressé un commentaire, dans la fenêtre&#xa0;: des personnes que vous voyez nommément dans vos propres fils.</translation>
    </message>
    <message>
        <source>Their department on the window&apos;s last day.</source>
        <translation>Son service le dernier jour de la fenêtre.</translation>
    </message>
    <message>
        <source>Their latest message or reaction to you in the window.</source>
        <translation>Son dernier message ou sa dernière réaction à votre intention dans la fenêtre.</translation>
    </message>
    <message>
        <source>Your latest recognition of them, before the window; never when not in the data.</source>
        <translation>Votre dernière reconnaissance de cette personne, avant la fenêtre&#xa0;; «&#xa0;jamais&#xa0;» si elle n&apos;est pas dans les données.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::NudgesModel</name>
    <message>
        <source>%1 Double-click to see the figure behind it.</source>
        <translation>%1 Double-cliquez pour voir l&apos;indicateur correspondant.</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Suggestions worked out from your figures; hover one for its rule.</source>
        <translation>Suggestions déduites de vos chiffres&#xa0;; survolez-en une pour voir sa règle.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::PeopleModel</name>
    <message>
        <source>The role every figure counts %1 under: the override, else bot or guest as stored, else the roster&apos;s leader flag, else a leader title, else the stored role</source>
        <translation>Le rôle sous lequel chaque chiffre compte %1&#xa0;: le forçage, sinon bot ou invité tel qu&apos;enregistré, sinon l&apos;indicateur dirigeant de l&apos;annuaire, sinon une fonction de dirigeant, sinon le rôle enregistré</translation>
    </message>
    <message>
        <source>Double-click to set the role %1 is counted under, whatever the sources and the roster say</source>
        <translation>Double-cliquez pour définir le rôle sous lequel %1 est compté(e), quoi qu&apos;indiquent les sources et l&apos;annuaire</translation>
    </message>
    <message>
        <source>No override</source>
        <translation>Aucun forçage</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department today</source>
        <translation>Service actuel</translation>
    </message>
    <message>
        <source>Stored role</source>
        <translation>Rôle enregistré</translation>
    </message>
    <message>
        <source>Effective role</source>
        <translation>Rôle effectif</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Forçage</translation>
    </message>
</context>
<context>
    <name>goodwill::items::PillarModel</name>
    <message>
        <source>%1: no %2 score on %3 (every signal of it missing or thin)</source>
        <translation>%1&#xa0;: pas de score %2 au %3 (tous ses signaux sont absents ou insuffisants)</translation>
    </message>
    <message>
        <source>%1: %2 %3 on %4 (80% band %5), 0–100</source>
        <translation>%1&#xa0;: %2 %3 au %4 (intervalle à 80&#xa0;%&#xa0;: %5), 0–100</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Pillar scores on %1, 0–100</source>
        <translation>Scores des piliers au %1, 0–100</translation>
    </message>
</context>
<context>
    <name>goodwill::items::QuestionThemesModel</name>
    <message>
        <source>“%1” — asked %2, waiting %3</source>
        <translation>«&#xa0;%1&#xa0;» — posée le %2, en attente depuis %3</translation>
    </message>
    <message>
        <source>%1 open staff questions share the word “%2”, from %3 different people. Expand the row for examples.</source>
        <translation>%1 questions ouvertes de collaborateurs partagent le mot «&#xa0;%2&#xa0;», posées par %3 personnes différentes. Développez la ligne pour voir des exemples.</translation>
    </message>
    <message>
        <source>A word shared by open staff questions from at least %1 different people (stop words left out); expand for examples</source>
        <translation>Un mot commun à des questions ouvertes de collaborateurs d&apos;au moins %1 personnes différentes (mots vides exclus)&#xa0;; développez pour voir des exemples</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Open staff questions in the theme</source>
        <translation>Questions ouvertes de collaborateurs dans ce thème</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Distinct people who asked them</source>
        <translation>Personnes distinctes les ayant posées</translation>
    </message>
    <message>
        <source>Askers</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Other words in at least two of the theme&apos;s questions</source>
        <translation>Autres mots présents dans au moins deux questions du thème</translation>
    </message>
    <message>
        <source>Also mentioned</source>
        <translation>Mentionnés aussi</translation>
    </message>
</context>
<context>
    <name>goodwill::items::RecentRecognitionModel</name>
    <message>
        <source>%1 (a leader)</source>
        <translation>%1 (dirigeant)</translation>
    </message>
    <message>
        <source>The people recognised were in no department on the day</source>
        <translation>Les personnes reconnues n&apos;appartenaient à aucun service ce jour-là</translation>
    </message>
    <message>
        <source>The departments of the people recognised, on the day: %1</source>
        <translation>Les services des personnes reconnues, ce jour-là&#xa0;: %1</translation>
    </message>
    <message>
        <source>When it was posted (local time)</source>
        <translation>Date de publication (heure locale)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Who recognised (leaders in bold)</source>
        <translation>Auteur de la reconnaissance (dirigeants en gras)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>The people recognised</source>
        <translation>Les personnes reconnues</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Their departments on the day</source>
        <translation>Leurs services ce jour-là</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>The start of the message</source>
        <translation>Le début du message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>goodwill::items::RecognisedShareModel</name>
    <message>
        <source>The %1 days to %2</source>
        <translation>Les %1 jours jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, %2: no staff to measure</source>
        <translation>%1, %2&#xa0;: aucun collaborateur à mesurer</translation>
    </message>
    <message>
        <source>%1, %2: only %3 staff, too few to show a share</source>
        <translation>%1, %2&#xa0;: seulement %3 collaborateurs, trop peu pour afficher une part</translation>
    </message>
    <message>
        <source>%1, %2: %3% of %4 staff recognised at least once in the %5 days to then</source>
        <translation>%1, %2&#xa0;: %3&#xa0;% des %4 collaborateurs reconnus au moins une fois dans les %5 jours précédents</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin de période</translation>
    </message>
    <message>
        <source>%1: share of staff recognised at least once in the trailing window (P1), %</source>
        <translation>%1&#xa0;: part des collaborateurs reconnus au moins une fois dans la fenêtre glissante (P1), en&#xa0;%</translation>
    </message>
</context>
<context>
    <name>goodwill::items::RecognitionMatrixModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1, %2 (on %3)</source>
        <translation>%1, %2 (au %3)</translation>
    </message>
    <message>
        <source>Recognitions by %1, %2: %3 (each counted once, however many people it names, in every department). Double-click to see how it is counted.</source>
        <translation>Reconnaissances de %1, %2&#xa0;: %3 (chacune comptée une fois, quel que soit le nombre de personnes nommées, dans tous les services). Double-cliquez pour voir comment c&apos;est compté.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Recognitions by %1 of people in %2, %3: %4 (one per person recognised, by the department they were in on the day)</source>
        <translation>Reconnaissances de %1 envers des personnes de %2, %3&#xa0;: %4 (une par personne reconnue, selon son service ce jour-là)</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Every leader, including those who recognised no one</source>
        <translation>Tous les dirigeants, y compris ceux qui n&apos;ont reconnu personne</translation>
    </message>
    <message>
        <source>All recognitions</source>
        <translation>Toutes les reconnaissances</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions %1, each counted once</source>
        <translation>Les reconnaissances du dirigeant %1, chacune comptée une fois</translation>
    </message>
    <message>
        <source>%1: %2 staff on %3; recognitions received %4: %5, from leaders: %6</source>
        <translation>%1&#xa0;: %2 collaborateurs au %3&#xa0;; reconnaissances reçues %4&#xa0;: %5, dont de dirigeants&#xa0;: %6</translation>
    </message>
</context>
<context>
    <name>goodwill::items::ShoutOutPeopleModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Reconnu par</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <source>People recognised in public channels by at least %1 different people in the period, listed by name (a list of candidates, not a ranking)</source>
        <translation>Personnes reconnues dans des canaux publics par au moins %1 personnes différentes dans la période, listées par nom (une liste de candidats, pas un classement)</translation>
    </message>
    <message>
        <source>Their department on the day of their latest recognition</source>
        <translation>Son service le jour de sa dernière reconnaissance</translation>
    </message>
    <message>
        <source>Distinct people who recognised them in public channels</source>
        <translation>Personnes distinctes l&apos;ayant reconnue dans des canaux publics</translation>
    </message>
    <message>
        <source>Recognitions naming them in public channels (announcement, recognition, social and Q&amp;A channels)</source>
        <translation>Reconnaissances la nommant dans des canaux publics (canaux d&apos;annonces, de reconnaissance, sociaux et de Q&amp;R)</translation>
    </message>
    <message>
        <source>A leader</source>
        <translation>Un dirigeant</translation>
    </message>
</context>
<context>
    <name>goodwill::items::ShoutOutTeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Collaborateurs</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Personnes reconnues</translation>
    </message>
    <message>
        <source>Per member</source>
        <translation>Par membre</translation>
    </message>
    <message>
        <source>Departments recognised in public channels in the period, the most recognitions per member first (at most %1)</source>
        <translation>Services reconnus dans des canaux publics pendant la période, ceux qui ont le plus de reconnaissances par membre en premier (%1 au plus)</translation>
    </message>
    <message>
        <source>Staff in the department on the period&apos;s last day</source>
        <translation>Collaborateurs du service le dernier jour de la période</translation>
    </message>
    <message>
        <source>Recognitions in public channels, one per person of the department they name (by the department on the day)</source>
        <translation>Reconnaissances dans des canaux publics, une par personne du service nommée (selon le service ce jour-là)</translation>
    </message>
    <message>
        <source>Distinct people of the department recognised</source>
        <translation>Personnes distinctes du service reconnues</translation>
    </message>
    <message>
        <source>Recognitions divided by the staff</source>
        <translation>Reconnaissances divisées par le nombre de collaborateurs</translation>
    </message>
</context>
<context>
    <name>goodwill::items::SignalSettingsModel</name>
    <message>
        <source>This cell cannot be edited.</source>
        <translation>Cette cellule n&apos;est pas modifiable.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 doit être un nombre de %2 à %3.</translation>
    </message>
    <message>
        <source>The floor and the target of %1 must differ.</source>
        <translation>Le plancher et la cible de %1 doivent être différents.</translation>
    </message>
    <message>
        <source>logarithmic</source>
        <translation>logarithmique</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <source>Scored on log(hours): a reply within a minute counts as a minute</source>
        <translation>Noté sur log(heures)&#xa0;: une réponse en moins d&apos;une minute compte pour une minute</translation>
    </message>
    <message>
        <source>Scored linearly between the floor (0) and the target (100)</source>
        <translation>Noté linéairement entre le plancher (0) et la cible (100)</translation>
    </message>
    <message>
        <source>The weight of %1 within its pillar</source>
        <translation>Le poids de %1 au sein de son pilier</translation>
    </message>
    <message>
        <source>%1 scores 0 at %2</source>
        <translation>%1 vaut 0 à %2</translation>
    </message>
    <message>
        <source>%1 scores 100 at %2</source>
        <translation>%1 vaut 100 à %2</translation>
    </message>
    <message>
        <source> (changed; the default is %1)</source>
        <translation> (modifié&#xa0;; valeur par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Plancher</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
</context>
<context>
    <name>goodwill::items::SignalTableModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>tone is shown only when at least %1 of the staff wrote in the window</source>
        <translation>le ton n&apos;est affiché que si au moins %1 collaborateurs ont écrit dans la fenêtre</translation>
    </message>
    <message>
        <source>hidden by the privacy rules</source>
        <translation>masqué par les règles de confidentialité</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>insuffisant</translation>
    </message>
    <message>
        <source>%1: hidden, %2</source>
        <translation>%1&#xa0;: masqué, %2</translation>
    </message>
    <message>
        <source>%1: nothing to measure in the window (no %2)</source>
        <translation>%1&#xa0;: rien à mesurer dans la fenêtre (pas de %2)</translation>
    </message>
    <message>
        <source>%1: no score without a raw value</source>
        <translation>%1&#xa0;: pas de score sans valeur brute</translation>
    </message>
    <message>
        <source>100 × (ln raw − ln floor) / (ln target − ln floor), clamped to 0–100</source>
        <translation>100 × (ln brut − ln plancher) / (ln cible − ln plancher), borné à 0–100</translation>
    </message>
    <message>
        <source>100 × (raw − floor) / (target − floor), clamped to 0–100</source>
        <translation>100 × (brut − plancher) / (cible − plancher), borné à 0–100</translation>
    </message>
    <message>
        <source>The raw value that scores 0 (from the model settings)</source>
        <translation>La valeur brute correspondant au score 0 (d&apos;après les paramètres du modèle)</translation>
    </message>
    <message>
        <source>The raw value that scores 100 (from the model settings)</source>
        <translation>La valeur brute correspondant au score 100 (d&apos;après les paramètres du modèle)</translation>
    </message>
    <message>
        <source>The score&apos;s 80% band: how far it could be off by chance, given the denominator</source>
        <translation>L&apos;intervalle à 80&#xa0;% du score&#xa0;: l&apos;écart possible dû au hasard, compte tenu du dénominateur</translation>
    </message>
    <message>
        <source>No band: %1 has no interval of its own</source>
        <translation>Pas d&apos;intervalle&#xa0;: %1 n&apos;a pas d&apos;intervalle propre</translation>
    </message>
    <message>
        <source>%1 %2 in the window</source>
        <translation>%1 %2 dans la fenêtre</translation>
    </message>
    <message>
        <source>Thin: the denominator is under %1, so the signal is left out of its pillar</source>
        <translation>Insuffisant&#xa0;: le dénominateur est inférieur à %1&#xa0;; le signal est donc exclu de son pilier</translation>
    </message>
    <message>
        <source>Not thin: the denominator is at least %1</source>
        <translation>Suffisant&#xa0;: le dénominateur est d&apos;au moins %1</translation>
    </message>
    <message>
        <source>The pillar the signal counts towards</source>
        <translation>Le pilier auquel le signal contribue</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Plancher</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>Intervalle 80&#xa0;%</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Insuffisant</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>The signal&apos;s id and name</source>
        <translation>L&apos;id et le nom du signal</translation>
    </message>
    <message>
        <source>What was measured over the trailing window, in the signal&apos;s unit</source>
        <translation>Ce qui a été mesuré sur la fenêtre glissante, dans l&apos;unité du signal</translation>
    </message>
    <message>
        <source>The raw value placed between floor (0) and target (100)</source>
        <translation>La valeur brute placée entre le plancher (0) et la cible (100)</translation>
    </message>
    <message>
        <source>The raw value that scores 0</source>
        <translation>La valeur brute correspondant au score 0</translation>
    </message>
    <message>
        <source>The raw value that scores 100</source>
        <translation>La valeur brute correspondant au score 100</translation>
    </message>
    <message>
        <source>The range the score lies in with 80% confidence</source>
        <translation>La plage dans laquelle se situe le score avec une confiance de 80&#xa0;%</translation>
    </message>
    <message>
        <source>What the raw value was computed over</source>
        <translation>Ce sur quoi la valeur brute a été calculée</translation>
    </message>
    <message>
        <source>A thin signal (too small a denominator) is left out of its pillar</source>
        <translation>Un signal insuffisant (dénominateur trop petit) est exclu de son pilier</translation>
    </message>
    <message>
        <source>The pillar the signal belongs to</source>
        <translation>Le pilier auquel appartient le signal</translation>
    </message>
</context>
<context>
    <name>goodwill::items::SourcesModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Channels of %1 in the database</source>
        <translation>Canaux de %1 dans la base de données</translation>
    </message>
    <message>
        <source>People with a user id in %1</source>
        <translation>Personnes ayant un id utilisateur dans %1</translation>
    </message>
    <message>
        <source>Posts, replies, reactions and recognitions from %1, all time</source>
        <translation>Publications, réponses, réactions et reconnaissances provenant de %1, depuis le début</translation>
    </message>
    <message>
        <source>Import runs that wrote to %1</source>
        <translation>Importations ayant écrit dans %1</translation>
    </message>
    <message>
        <source>The latest import into %1 finished %2 (UTC)</source>
        <translation>La dernière importation dans %1 s&apos;est terminée le %2 (UTC)</translation>
    </message>
    <message>
        <source>No import run recorded for %1 (a demo or a warehouse load)</source>
        <translation>Aucune importation enregistrée pour %1 (une démonstration ou un chargement depuis un entrepôt de données)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Dernière importation</translation>
    </message>
</context>
<context>
    <name>goodwill::items::UnansweredQuestionsModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2&#xa0;h</translation>
    </message>
    <message>
        <source>Waiting %1 h for the leader&apos;s reply in the thread, to the end of the data</source>
        <translation>En attente depuis %1&#xa0;h d&apos;une réponse du dirigeant dans le fil, jusqu&apos;à la fin des données</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Posée le</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Posée par</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>When the staff question was posted (local time).</source>
        <translation>Date de publication de la question du collaborateur (heure locale).</translation>
    </message>
    <message>
        <source>Time from the question to the end of the data, with no reply of the leader in the thread.</source>
        <translation>Temps écoulé entre la question et la fin des données, sans réponse du dirigeant dans le fil.</translation>
    </message>
    <message>
        <source>The author&apos;s department on the day of the question.</source>
        <translation>Le service de l&apos;auteur le jour de la question.</translation>
    </message>
    <message>
        <source>The staff member who asked.</source>
        <translation>Le collaborateur qui a posé la question.</translation>
    </message>
    <message>
        <source>The thread&apos;s channel.</source>
        <translation>Le canal du fil.</translation>
    </message>
    <message>
        <source>The start of the question; the tooltip shows all of it.</source>
        <translation>Le début de la question&#xa0;; l&apos;infobulle l&apos;affiche en entier.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::AboutDialog</name>
    <message>
        <source>About Goodwill</source>
        <translation>À propos de Goodwill</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Goodwill %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Goodwill %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>How leaders engage with their people on internal social media, and what it does to the goodwill of each department. Everything stays on this computer.</source>
        <translation>Comment les dirigeants échangent avec leurs équipes sur les réseaux sociaux internes, et l&apos;effet produit sur l&apos;adhésion de chaque service. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Goodwill is free software: you can redistribute it and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with absolutely no warranty.</source>
        <translation>Goodwill est un logiciel libre&#xa0;: vous pouvez le redistribuer et le modifier selon les termes de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Licence publique générale GNU, version 3 ou ultérieure&lt;/a&gt;. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Built with&lt;/b&gt;</source>
        <translation>&lt;b&gt;Conçu avec&lt;/b&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>the window, charts and translations</source>
        <translation>la fenêtre, les graphiques et les traductions</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <source>the activity database</source>
        <translation>la base de données d&apos;activité</translation>
    </message>
    <message>
        <source>reading large JSON exports</source>
        <translation>la lecture des gros exports JSON</translation>
    </message>
    <message>
        <source>reading ZIP exports</source>
        <translation>la lecture des exports ZIP</translation>
    </message>
    <message>
        <source>reading CSV files</source>
        <translation>la lecture des fichiers CSV</translation>
    </message>
    <message>
        <source>passing changes between the parts of the dashboard</source>
        <translation>la transmission des changements entre les parties du tableau de bord</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ActivityChartView</name>
    <message>
        <source>Activity per month</source>
        <translation>Activité par mois</translation>
    </message>
    <message>
        <source>Activity per month chart</source>
        <translation>Graphique de l&apos;activité par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>Activités par mois</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::BarChartView</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::CheckListButton</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Rechercher dans la liste</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Clear the choice: everything counts</source>
        <translation>Effacer la sélection&#xa0;: tout est pris en compte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::DashboardView</name>
    <message>
        <source>Computing the figures</source>
        <translation>Calcul des chiffres</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::DataPage</name>
    <message>
        <source>Search people by name, e-mail, title, department or role…</source>
        <translation>Rechercher des personnes par nom, e-mail, fonction, service ou rôle…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Search channels by name, source or kind…</source>
        <translation>Rechercher des canaux par nom, source ou type…</translation>
    </message>
    <message>
        <source>Search channels</source>
        <translation>Rechercher des canaux</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Reading the database</source>
        <translation>Lecture de la base de données</translation>
    </message>
    <message>
        <source>Where the data came from; select one to list its imports</source>
        <translation>L&apos;origine des données&#xa0;; sélectionnez-en une pour lister ses importations</translation>
    </message>
    <message>
        <source>What each import added and skipped; select one for its report</source>
        <translation>Ce que chaque importation a ajouté et ignoré&#xa0;; sélectionnez-en une pour voir son rapport</translation>
    </message>
    <message>
        <source>Select an import run to see its report.</source>
        <translation>Sélectionnez une importation pour voir son rapport.</translation>
    </message>
    <message>
        <source>Everyone in the database. Only leaders get individual figures; the override (double-click it) sets the role a person counts under, whatever the sources say</source>
        <translation>Toutes les personnes de la base de données. Seuls les dirigeants ont des chiffres individuels&#xa0;; le forçage (double-cliquez dessus) définit le rôle sous lequel une personne est comptée, quoi qu&apos;indiquent les sources</translation>
    </message>
    <message>
        <source>Headcounts today from the roster; double-click a department to list its people</source>
        <translation>Effectifs actuels d&apos;après l&apos;annuaire&#xa0;; double-cliquez sur un service pour lister ses membres</translation>
    </message>
    <message>
        <source>What each channel is for decides what counts as social, recognition or a question; the override (double-click it) wins over the name rules</source>
        <translation>L&apos;usage de chaque canal détermine ce qui compte comme social, reconnaissance ou question&#xa0;; le forçage (double-cliquez dessus) l&apos;emporte sur les règles de nom</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Canaux</translation>
    </message>
    <message>
        <source>&amp;Model settings</source>
        <translation>Paramètres du &amp;modèle</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>This database is open read-only, so overrides cannot be changed here. Goodwill never writes to a file it did not create (set people.role and channels.kind in the file itself) or to a file it cannot write.</source>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: les forçages ne peuvent donc pas être modifiés ici. Goodwill n&apos;écrit jamais dans un fichier qu&apos;il n&apos;a pas créé (définissez people.role et channels.kind dans le fichier lui-même) ni dans un fichier qu&apos;il ne peut pas écrire.</translation>
    </message>
    <message>
        <source>No database is open. Import your data (File &gt; Import…) or open the demo database to see its sources, people, departments and channels here.</source>
        <translation>Aucune base de données n&apos;est ouverte. Importez vos données (Fichier &gt; Importer…) ou ouvrez la base de démonstration pour voir ici ses sources, personnes, services et canaux.</translation>
    </message>
    <message>
        <source>People: %1 · Departments: %2 · Channels: %3 · Sources: %4%5</source>
        <translation>Personnes&#xa0;: %1 · Services&#xa0;: %2 · Canaux&#xa0;: %3 · Sources&#xa0;: %4%5</translation>
    </message>
    <message>
        <source> · read-only: overrides cannot be changed</source>
        <translation> · lecture seule&#xa0;: les forçages ne peuvent pas être modifiés</translation>
    </message>
    <message>
        <source>No sources yet. Import an export (File &gt; Import…) to add one.</source>
        <translation>Aucune source pour l&apos;instant. Importez un export (Fichier &gt; Importer…) pour en ajouter une.</translation>
    </message>
    <message>
        <source>No import runs are recorded (the demo and warehouse loads write none). Import an export (File &gt; Import…) to see what it added here.</source>
        <translation>Aucune importation n&apos;est enregistrée (la démonstration et les chargements depuis un entrepôt n&apos;en enregistrent pas). Importez un export (Fichier &gt; Importer…) pour voir ici ce qu&apos;il a ajouté.</translation>
    </message>
    <message>
        <source>Reports appear here for the imports Goodwill made.</source>
        <translation>Les rapports des importations effectuées par Goodwill apparaissent ici.</translation>
    </message>
    <message>
        <source>No people yet. Import a roster or an export (File &gt; Import…).</source>
        <translation>Aucune personne pour l&apos;instant. Importez un annuaire ou un export (Fichier &gt; Importer…).</translation>
    </message>
    <message>
        <source>No departments: import a roster (File &gt; Import…) to place people in them.</source>
        <translation>Aucun service&#xa0;: importez un annuaire (Fichier &gt; Importer…) pour y rattacher les personnes.</translation>
    </message>
    <message>
        <source>No channels yet. Import an export (File &gt; Import…).</source>
        <translation>Aucun canal pour l&apos;instant. Importez un export (Fichier &gt; Importer…).</translation>
    </message>
    <message>
        <source>Import runs of %1</source>
        <translation>Importations de %1</translation>
    </message>
    <message>
        <source>Import report: %1</source>
        <translation>Rapport d&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>That override cannot be set.</source>
        <translation>Ce forçage ne peut pas être appliqué.</translation>
    </message>
    <message>
        <source>This edit belongs to a database that is no longer open.</source>
        <translation>Cette modification concerne une base de données qui n&apos;est plus ouverte.</translation>
    </message>
    <message>
        <source>Count %1 as %2</source>
        <translation>Compter %1 comme %2</translation>
    </message>
    <message>
        <source>Remove the role override of %1</source>
        <translation>Supprimer le forçage de rôle de %1</translation>
    </message>
    <message>
        <source>Count #%1 as %2</source>
        <translation>Compter #%1 comme %2</translation>
    </message>
    <message>
        <source>Remove the kind override of #%1</source>
        <translation>Supprimer le forçage de type de #%1</translation>
    </message>
    <message>
        <source>The role of %1 is now %2; every figure is being worked out again.</source>
        <translation>Le rôle de %1 est désormais %2&#xa0;; tous les chiffres sont en cours de recalcul.</translation>
    </message>
    <message>
        <source>%1 counts under their own role again; every figure is being worked out again.</source>
        <translation>%1 est de nouveau compté(e) sous son propre rôle&#xa0;; tous les chiffres sont en cours de recalcul.</translation>
    </message>
    <message>
        <source>#%1 now counts as %2; every figure is being worked out again.</source>
        <translation>#%1 compte désormais comme %2&#xa0;; tous les chiffres sont en cours de recalcul.</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>Se&amp;rvices</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::DepartmentsPage</name>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>ECI by department and period</source>
        <translation>ECI par service et par période</translation>
    </message>
    <message>
        <source>Emotional capital by department</source>
        <translation>Capital émotionnel par service</translation>
    </message>
    <message>
        <source>ECI</source>
        <translation>ECI</translation>
    </message>
    <message>
        <source>ECI (0–100)</source>
        <translation>ECI (0–100)</translation>
    </message>
    <message>
        <source>ECI trend of the compared departments</source>
        <translation>Tendance de l&apos;ECI des services comparés</translation>
    </message>
    <message>
        <source>ECI trend</source>
        <translation>Tendance de l&apos;ECI</translation>
    </message>
    <message>
        <source>The ECI at each period end, the shaded band its 80% range. Double-click a point to see how it was computed.</source>
        <translation>L&apos;ECI à chaque fin de période, la bande ombrée représentant son intervalle à 80&#xa0;%. Double-cliquez sur un point pour voir comment il a été calculé.</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Piliers</translation>
    </message>
    <message>
        <source>Pillar scores of the chosen department beside the whole; hover a bar for its 80% band.</source>
        <translation>Scores des piliers du service choisi à côté de ceux de l&apos;ensemble&#xa0;; survolez une barre pour voir son intervalle à 80&#xa0;%.</translation>
    </message>
    <message>
        <source>Signals of the chosen department</source>
        <translation>Signaux du service choisi</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>Each signal over the trailing window: the raw value, its score between floor and target, the 80% band and what it was computed over. Thin signals are left out of their pillar.</source>
        <translation>Chaque signal sur la fenêtre glissante&#xa0;: la valeur brute, son score entre plancher et cible, l&apos;intervalle à 80&#xa0;% et ce sur quoi il a été calculé. Les signaux insuffisants sont exclus de leur pilier.</translation>
    </message>
    <message>
        <source>Updating figures…</source>
        <translation>Mise à jour des chiffres…</translation>
    </message>
    <message>
        <source>Updating figures</source>
        <translation>Mise à jour des chiffres</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Departments to compare</source>
        <translation>Services à comparer</translation>
    </message>
    <message>
        <source>Tick the departments whose trend to draw</source>
        <translation>Cochez les services dont la tendance doit être tracée</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Tick to draw</source>
        <translation>Cocher pour tracer</translation>
    </message>
    <message>
        <source>The emotional-capital index (0–100) of each department at each period end, over the trailing %1 days; hatched cells are hidden because too few staff were in the department. Click a cell to show its pillars and signals below; double-click it (or press Enter) to see how it was computed.</source>
        <translation>L&apos;indice de capital émotionnel (0–100) de chaque service à chaque fin de période, sur les %1 derniers jours glissants&#xa0;; les cellules hachurées sont masquées car le service comptait trop peu de collaborateurs. Cliquez sur une cellule pour afficher ses piliers et signaux ci-dessous&#xa0;; double-cliquez dessus (ou appuyez sur Entrée) pour voir comment elle a été calculée.</translation>
    </message>
    <message>
        <source>Pillars: %1</source>
        <translation>Piliers&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signals: %1</source>
        <translation>Signaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>No data yet. Import an export with File &gt; Import…, or open the demo organisation with File &gt; Open the Demo Organisation.</source>
        <translation>Pas encore de données. Importez un export avec Fichier &gt; Importer…, ou ouvrez l&apos;organisation de démonstration avec Fichier &gt; Ouvrir l&apos;organisation de démonstration.</translation>
    </message>
    <message>
        <source>No figures for the chosen dates. Widen the date range in the filter bar.</source>
        <translation>Aucun chiffre pour les dates choisies. Élargissez la plage de dates dans la barre de filtres.</translation>
    </message>
    <message>
        <source>No departments in this database. Import a roster CSV (File &gt; Import…) so that people belong to departments.</source>
        <translation>Aucun service dans cette base de données. Importez un CSV d&apos;annuaire (Fichier &gt; Importer…) pour rattacher les personnes à des services.</translation>
    </message>
    <message>
        <source>Nothing ticked. Tick the organisation or a department under Compare to draw its trend.</source>
        <translation>Rien n&apos;est coché. Cochez l&apos;organisation ou un service sous Comparer pour tracer sa tendance.</translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to show that department&apos;s figures here.</source>
        <translation>Cliquez sur une cellule de la carte de chaleur pour afficher ici les chiffres de ce service.</translation>
    </message>
    <message>
        <source>%1 is hidden: %2. Click another cell of the heatmap.</source>
        <translation>%1 est masqué&#xa0;: %2. Cliquez sur une autre cellule de la carte de chaleur.</translation>
    </message>
    <message>
        <source>What the total leaves out</source>
        <translation>Ce que le total exclut</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::DrillDownDialog</name>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>Working out the figure</source>
        <translation>Calcul de l&apos;indicateur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Données d&apos;entrée</translation>
    </message>
    <message>
        <source>What the figure was computed from</source>
        <translation>Ce à partir de quoi l&apos;indicateur a été calculé</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Tone of the selected message</source>
        <translation>Ton du message sélectionné</translation>
    </message>
    <message>
        <source>Export messages…</source>
        <translation>Exporter les messages…</translation>
    </message>
    <message>
        <source>Save the messages as a CSV file</source>
        <translation>Enregistrer les messages dans un fichier CSV</translation>
    </message>
    <message>
        <source>Copy messages</source>
        <translation>Copier les messages</translation>
    </message>
    <message>
        <source>Copy the messages as tab-separated text</source>
        <translation>Copier les messages sous forme de texte séparé par des tabulations</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Rien à afficher pour l&apos;instant</translation>
    </message>
    <message>
        <source>The figures are still being worked out: open this again when they are shown.</source>
        <translation>Les chiffres sont encore en cours de calcul&#xa0;: rouvrez ceci lorsqu&apos;ils seront affichés.</translation>
    </message>
    <message>
        <source>How it was computed: %1</source>
        <translation>Mode de calcul&#xa0;: %1</translation>
    </message>
    <message>
        <source>Working out the figure and reading its messages…</source>
        <translation>Calcul de l&apos;indicateur et lecture de ses messages…</translation>
    </message>
    <message>
        <source>This figure cannot be opened: %1</source>
        <translation>Cet indicateur ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hidden by the privacy rules: %1</source>
        <translation>Masqué par les règles de confidentialité&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;How it is computed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Mode de calcul&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Résultat&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The message texts could not be read: %1</source>
        <translation>Le texte des messages n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No messages behind this figure in the period.</source>
        <translation>Aucun message derrière cet indicateur dans la période.</translation>
    </message>
    <message>
        <source>Select a message to see what gave it its tone.</source>
        <translation>Sélectionnez un message pour voir ce qui lui a donné son ton.</translation>
    </message>
    <message>
        <source>Tone &lt;b&gt;%1&lt;/b&gt; (the sum %2, squashed into −1..1).</source>
        <translation>Ton &lt;b&gt;%1&lt;/b&gt; (la somme %2, ramenée à −1..1).</translation>
    </message>
    <message>
        <source>No word, emoji or phrase of the lexicon: tone 0.</source>
        <translation>Aucun mot, emoji ou expression du lexique&#xa0;: ton 0.</translation>
    </message>
    <message>
        <source>“%1” %2 (%3)</source>
        <translation>«&#xa0;%1&#xa0;» %2 (%3)</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exporter les messages</translation>
    </message>
    <message>
        <source>messages.csv</source>
        <translation>messages.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::EngagementPage</name>
    <message>
        <source>Persona</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Among leaders</source>
        <translation>Parmi les dirigeants</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Time to first reply</source>
        <translation>Délai de 1re réponse</translation>
    </message>
    <message>
        <source>Nudges</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Unanswered staff questions</source>
        <translation>Questions de collaborateurs sans réponse</translation>
    </message>
    <message>
        <source>Departments not recognised</source>
        <translation>Services non reconnus</translation>
    </message>
    <message>
        <source>People not recognised</source>
        <translation>Personnes non reconnues</translation>
    </message>
    <message>
        <source>Best-received posts</source>
        <translation>Publications les mieux reçues</translation>
    </message>
    <message>
        <source>Mark &amp;handled</source>
        <translation>&amp;Marquer comme traitée</translation>
    </message>
    <message>
        <source>&amp;Show handled</source>
        <translation>Afficher les &amp;traitées</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Objectifs…</translation>
    </message>
    <message>
        <source>My engagement</source>
        <translation>Mon engagement</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Je suis&#xa0;:</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Qui vous êtes</translation>
    </message>
    <message>
        <source>Choose yourself among the leaders: type part of your name, title or department. Goodwill remembers the choice.</source>
        <translation>Choisissez-vous parmi les dirigeants&#xa0;: tapez une partie de votre nom, de votre fonction ou de votre service. Goodwill mémorise ce choix.</translation>
    </message>
    <message>
        <source>Period and filter</source>
        <translation>Période et filtre</translation>
    </message>
    <message>
        <source>Working out your figures</source>
        <translation>Calcul de vos chiffres</translation>
    </message>
    <message>
        <source>Whose engagement</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Your goals a week for posts, replies and recognitions (the model file&apos;s unless you set your own)</source>
        <translation>Vos objectifs hebdomadaires de publications, réponses et reconnaissances (ceux du fichier de modèle, sauf si vous définissez les vôtres)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export this page as a PDF report</source>
        <translation>Exporter cette page sous forme de rapport PDF</translation>
    </message>
    <message>
        <source>Export PDF with Staff Names Pseudonymised…</source>
        <translation>Exporter en PDF avec les noms des collaborateurs pseudonymisés…</translation>
    </message>
    <message>
        <source>Posts a week</source>
        <translation>Publications par semaine</translation>
    </message>
    <message>
        <source>Your posts in the period divided by its weeks (days / 7), against your goal. Double-click for the posts.</source>
        <translation>Vos publications dans la période divisées par son nombre de semaines (jours / 7), comparées à votre objectif. Double-cliquez pour voir les publications.</translation>
    </message>
    <message>
        <source>Replies a week</source>
        <translation>Réponses par semaine</translation>
    </message>
    <message>
        <source>Your replies in the period divided by its weeks, against your goal. Double-click for the replies.</source>
        <translation>Vos réponses dans la période divisées par son nombre de semaines, comparées à votre objectif. Double-cliquez pour voir les réponses.</translation>
    </message>
    <message>
        <source>Recognitions a week</source>
        <translation>Reconnaissances par semaine</translation>
    </message>
    <message>
        <source>Your recognitions in the period divided by its weeks, against your goal. Double-click for the recognitions.</source>
        <translation>Vos reconnaissances dans la période divisées par son nombre de semaines, comparées à votre objectif. Double-cliquez pour voir les reconnaissances.</translation>
    </message>
    <message>
        <source>How you engage, from your posts, replies and the responses your posts draw (docs/model.md section 3). Double-click for the inputs.</source>
        <translation>Votre façon d&apos;échanger, d&apos;après vos publications, vos réponses et les retours que suscitent vos publications (docs/model.md, section 3). Double-cliquez pour voir les données d&apos;entrée.</translation>
    </message>
    <message>
        <source>Your persona and what would move it</source>
        <translation>Votre profil et ce qui le ferait évoluer</translation>
    </message>
    <message>
        <source>Your percentile among leaders</source>
        <translation>Votre centile parmi les dirigeants</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>Avec réponse (%)</translation>
    </message>
    <message>
        <source>Your reply rate per period</source>
        <translation>Votre taux de réponse par période</translation>
    </message>
    <message>
        <source>Median hours to first reply</source>
        <translation>Heures (médiane)</translation>
    </message>
    <message>
        <source>Your median time to first reply per period</source>
        <translation>Votre délai médian de première réponse par période</translation>
    </message>
    <message>
        <source>Nudges from your figures</source>
        <translation>Suggestions tirées de vos chiffres</translation>
    </message>
    <message>
        <source>Your unanswered staff questions</source>
        <translation>Vos questions de collaborateurs sans réponse</translation>
    </message>
    <message>
        <source>Take the selected question off your list (you answered it elsewhere, or there is nothing to answer). Stored in the database; Undo brings it back.</source>
        <translation>Retirer la question sélectionnée de votre liste (vous y avez répondu ailleurs, ou il n&apos;y a rien à répondre). Enregistré dans la base de données&#xa0;; «&#xa0;Annuler&#xa0;» la rétablit.</translation>
    </message>
    <message>
        <source>Also list the questions you marked handled</source>
        <translation>Lister aussi les questions marquées comme traitées</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation>Annuler le dernier marquage</translation>
    </message>
    <message>
        <source>Departments you did not recognise anyone in</source>
        <translation>Services dans lesquels vous n&apos;avez reconnu personne</translation>
    </message>
    <message>
        <source>People you did not recognise</source>
        <translation>Personnes que vous n&apos;avez pas reconnues</translation>
    </message>
    <message>
        <source>Your best-received posts</source>
        <translation>Vos publications les mieux reçues</translation>
    </message>
    <message>
        <source>No data yet: import an export (File &gt; Import…) or open the demo organisation (File &gt; Open the Demo Organisation).</source>
        <translation>Pas encore de données&#xa0;: importez un export (Fichier &gt; Importer…) ou ouvrez l&apos;organisation de démonstration (Fichier &gt; Ouvrir l&apos;organisation de démonstration).</translation>
    </message>
    <message>
        <source>%1 to %2, in the dashboard filter&apos;s departments, channels and sources.</source>
        <translation>Du %1 au %2, dans les services, canaux et sources du filtre du tableau de bord.</translation>
    </message>
    <message>
        <source>No leaders in this data. Leaders are found by their title (VP, Director, Head of …) or the roster; the Data page sets anyone&apos;s role.</source>
        <translation>Aucun dirigeant dans ces données. Les dirigeants sont identifiés par leur fonction (VP, Director, Head of…) ou par l&apos;annuaire&#xa0;; la page Données permet de définir le rôle de chacun.</translation>
    </message>
    <message>
        <source>Choose who you are above: type part of your name or e-mail. Goodwill remembers the choice.</source>
        <translation>Indiquez qui vous êtes ci-dessus&#xa0;: tapez une partie de votre nom ou de votre e-mail. Goodwill mémorise ce choix.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 in the period: goal met</source>
        <translation>%1 sur la période&#xa0;: objectif atteint</translation>
    </message>
    <message>
        <source>%1 in the period, %2 short of %3</source>
        <translation>%1 sur la période, %2 de moins que les %3 visés</translation>
    </message>
    <message>
        <source>%1 in %2 days (%3 weeks) = %4 a week; your goal is %5 a week (%6), %7 over the period.</source>
        <translation>%1 en %2 jours (%3 semaines) = %4 par semaine&#xa0;; votre objectif est de %5 par semaine (%6), soit %7 sur la période.</translation>
    </message>
    <message>
        <source>set on this page</source>
        <translation>défini sur cette page</translation>
    </message>
    <message>
        <source>the model file&apos;s</source>
        <translation>celui du fichier de modèle</translation>
    </message>
    <message>
        <source>%1% of your messages are replies</source>
        <translation>%1&#xa0;% de vos messages sont des réponses</translation>
    </message>
    <message>
        <source>no posts or replies</source>
        <translation>aucune publication ni réponse</translation>
    </message>
    <message>
        <source>What your persona means and the nearest threshold, %1.</source>
        <translation>Ce que signifie votre profil et le seuil le plus proche, %1.</translation>
    </message>
    <message>
        <source>Your place among the %1 leaders of %2, 0 to 100 (50 is the middle). Only your own place is shown. Hover a number for how it was worked out.</source>
        <translation>Votre position parmi les %1 dirigeants, %2, de 0 à 100 (50 correspond au milieu). Seule votre propre position est affichée. Survolez un nombre pour voir comment il a été calculé.</translation>
    </message>
    <message>
        <source>Share of staff comments to you answered in the thread within %1 h, per period. Double-click a point for the messages.</source>
        <translation>Part des commentaires de collaborateurs qui vous sont adressés ayant reçu une réponse dans le fil sous %1&#xa0;h, par période. Double-cliquez sur un point pour voir les messages.</translation>
    </message>
    <message>
        <source>No staff comments to you in this period: nothing to rate.</source>
        <translation>Aucun commentaire de collaborateur ne vous a été adressé pendant cette période&#xa0;: rien à évaluer.</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to your first later reply in the thread, per period.</source>
        <translation>Nombre médian d&apos;heures entre un commentaire de collaborateur et votre première réponse ultérieure dans le fil, par période.</translation>
    </message>
    <message>
        <source>You answered no staff comment in this period.</source>
        <translation>Vous n&apos;avez répondu à aucun commentaire de collaborateur pendant cette période.</translation>
    </message>
    <message>
        <source>Departments with at least %1 staff in which you recognised no one from %2 to %3 (the last %4 days). “No leader” marks a blind spot.</source>
        <translation>Services d&apos;au moins %1 collaborateurs dans lesquels vous n&apos;avez reconnu personne du %2 au %3 (les %4 derniers jours). «&#xa0;Aucun dirigeant&#xa0;» signale un angle mort.</translation>
    </message>
    <message>
        <source>You recognised someone in every department with at least %1 staff in the last %2 days.</source>
        <translation>Vous avez reconnu quelqu&apos;un dans chaque service d&apos;au moins %1 collaborateurs au cours des %2 derniers jours.</translation>
    </message>
    <message>
        <source>Staff who wrote to you or responded to your posts in the last %1 days and had no recognition from you in them.</source>
        <translation>Collaborateurs qui vous ont écrit ou ont réagi à vos publications au cours des %1 derniers jours et n&apos;ont reçu aucune reconnaissance de votre part pendant ce temps.</translation>
    </message>
    <message>
        <source>Everyone who wrote to you or responded to your posts in the last %1 days has had a recognition from you, or nobody did.</source>
        <translation>Toutes les personnes qui vous ont écrit ou ont réagi à vos publications au cours des %1 derniers jours ont reçu une reconnaissance de votre part, ou personne ne l&apos;a fait.</translation>
    </message>
    <message>
        <source>Your posts of %1 with the most staff responses in their threads; the tone of the replies shows when at least %2 people wrote them.</source>
        <translation>Vos publications %1 ayant suscité le plus de retours de collaborateurs dans leur fil&#xa0;; le ton des réponses s&apos;affiche lorsqu&apos;au moins %2 personnes les ont écrites.</translation>
    </message>
    <message>
        <source>None of your posts in this period drew a staff response.</source>
        <translation>Aucune de vos publications de cette période n&apos;a suscité de retour des collaborateurs.</translation>
    </message>
    <message>
        <source>Staff questions to you (in your threads or naming you) asked %1 to %2 with no reply of yours in the thread since, oldest first: %3 open, %4 marked handled. Waiting is counted to the end of the data (%5).</source>
        <translation>Questions de collaborateurs qui vous sont adressées (dans vos fils ou vous nommant), posées du %1 au %2, sans réponse de votre part dans le fil depuis, les plus anciennes en premier&#xa0;: %3 ouvertes, %4 marquées comme traitées. L&apos;attente est comptée jusqu&apos;à la fin des données (%5).</translation>
    </message>
    <message>
        <source>None open: the rest are marked handled. Tick “Show handled” to see them.</source>
        <translation>Aucune ouverte&#xa0;: les autres sont marquées comme traitées. Cochez «&#xa0;Afficher les traitées&#xa0;» pour les voir.</translation>
    </message>
    <message>
        <source>None: you have answered every staff question asked in this period.</source>
        <translation>Aucune&#xa0;: vous avez répondu à toutes les questions de collaborateurs posées pendant cette période.</translation>
    </message>
    <message>
        <source>Suggestions worked out from the figures on this page; hover one for its rule, double-click it for the figure behind it.</source>
        <translation>Suggestions tirées des chiffres de cette page&#xa0;; survolez-en une pour voir sa règle, double-cliquez dessus pour voir l&apos;indicateur correspondant.</translation>
    </message>
    <message>
        <source>Nothing to nudge you about in this period: your goals are met and nobody is waiting on you.</source>
        <translation>Aucune suggestion pour cette période&#xa0;: vos objectifs sont atteints et personne n&apos;attend après vous.</translation>
    </message>
    <message>
        <source>Mark not &amp;handled</source>
        <translation>&amp;Marquer comme non traitée</translation>
    </message>
    <message>
        <source>This database is read-only: questions cannot be marked handled in it.</source>
        <translation>Cette base de données est en lecture seule&#xa0;: les questions ne peuvent pas y être marquées comme traitées.</translation>
    </message>
    <message>
        <source>Mark the question of %1 handled</source>
        <translation>Marquer la question de %1 comme traitée</translation>
    </message>
    <message>
        <source>Mark the question of %1 not handled</source>
        <translation>Marquer la question de %1 comme non traitée</translation>
    </message>
    <message>
        <source>This mark belongs to a database that is no longer open.</source>
        <translation>Ce marquage concerne une base de données qui n&apos;est plus ouverte.</translation>
    </message>
    <message>
        <source>The question is open again.</source>
        <translation>La question est de nouveau ouverte.</translation>
    </message>
    <message>
        <source>Marked handled: the question leaves your list and your nudges. Undo brings it back.</source>
        <translation>Marquée comme traitée&#xa0;: la question quitte votre liste et vos suggestions. «&#xa0;Annuler&#xa0;» la rétablit.</translation>
    </message>
    <message>
        <source>Export My Engagement as PDF</source>
        <translation>Exporter Mon engagement en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Nothing to export yet: choose who you are first.</source>
        <translation>Rien à exporter pour l&apos;instant&#xa0;: indiquez d&apos;abord qui vous êtes.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::FilterBar</name>
    <message>
        <source>All departments</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>%1 departments</source>
        <translation>%1 services</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 canaux</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 sources</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Depuis le début de l&apos;année</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>The days every figure covers, counted back from the last day of data</source>
        <translation>Les jours couverts par chaque chiffre, comptés à rebours depuis le dernier jour de données</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularité</translation>
    </message>
    <message>
        <source>The spacing of trend points: the capital is measured at the end of each week, month or quarter</source>
        <translation>L&apos;espacement des points de tendance&#xa0;: le capital est mesuré à la fin de chaque semaine, mois ou trimestre</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::GoalsDialog</name>
    <message>
        <source>Your Goals</source>
        <translation>Vos objectifs</translation>
    </message>
    <message>
        <source>How often a week you mean to post, reply and recognise someone. The model file&apos;s goals are %1, %2 and %3.</source>
        <translation>Combien de fois par semaine vous comptez publier, répondre et reconnaître quelqu&apos;un. Les objectifs du fichier de modèle sont %1, %2 et %3.</translation>
    </message>
    <message>
        <source>&amp;Posts a week:</source>
        <translation>&amp;Publications par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replies a week:</source>
        <translation>&amp;Réponses par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;cognitions a week:</source>
        <translation>Re&amp;connaissances par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>Use the &amp;Model File&apos;s</source>
        <translation>Utiliser ceux du fichier de &amp;modèle</translation>
    </message>
    <message>
        <source>Forget your own goals and use the model file&apos;s again</source>
        <translation>Oublier vos propres objectifs et utiliser de nouveau ceux du fichier de modèle</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::HeatmapLegend</name>
    <message>
        <source>Colour key</source>
        <translation>Légende des couleurs</translation>
    </message>
    <message>
        <source>Red is a low score, blue a high one; hatched cells are hidden because the department had too few staff then</source>
        <translation>Le rouge indique un score bas, le bleu un score élevé&#xa0;; les cellules hachurées sont masquées car le service comptait alors trop peu de collaborateurs</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizard</name>
    <message>
        <source>Import Activity</source>
        <translation>Importer des activités</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>Assistant d&apos;importation</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizardOptionsPage</name>
    <message>
        <source>Slack departments</source>
        <translation>Services Slack</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Optional: tell Goodwill where each person&apos;s department comes from. Goodwill compares departments, so an import without them shows people but no departments.</source>
        <translation>Facultatif&#xa0;: indiquez à Goodwill d&apos;où provient le service de chaque personne. Goodwill compare les services&#xa0;: une importation sans services affiche les personnes, mais aucun service.</translation>
    </message>
    <message>
        <source>e.g. Xf0123ABC</source>
        <translation>p. ex. Xf0123ABC</translation>
    </message>
    <message>
        <source>Department field id</source>
        <translation>Id du champ de service</translation>
    </message>
    <message>
        <source>Department field hint</source>
        <translation>Aide sur le champ de service</translation>
    </message>
    <message>
        <source>Department &amp;field id:</source>
        <translation>I&amp;d du champ de service&#xa0;:</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>No roster (optional)</source>
        <translation>Aucun annuaire (facultatif)</translation>
    </message>
    <message>
        <source>Roster CSV</source>
        <translation>CSV d&apos;annuaire</translation>
    </message>
    <message>
        <source>Choose &amp;Roster…</source>
        <translation>C&amp;hoisir un annuaire…</translation>
    </message>
    <message>
        <source>Choose a roster CSV file</source>
        <translation>Choisir un fichier CSV d&apos;annuaire</translation>
    </message>
    <message>
        <source>Roster &amp;CSV:</source>
        <translation>CSV d&apos;&amp;annuaire&#xa0;:</translation>
    </message>
    <message>
        <source>Roster note</source>
        <translation>Remarque sur l&apos;annuaire</translation>
    </message>
    <message>
        <source>There is no roster file at %1.</source>
        <translation>Il n&apos;y a pas de fichier d&apos;annuaire à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>A field id has no spaces, e.g. Xf0123ABC.</source>
        <translation>Un id de champ ne contient pas d&apos;espaces, p. ex. Xf0123ABC.</translation>
    </message>
    <message>
        <source>Slack exports carry no department. If your workspace keeps it in a custom profile field, enter that field&apos;s id: it is the key under profile → fields in the export&apos;s users.json. Without it or a roster, there are no departments.</source>
        <translation>Les exports Slack ne contiennent pas de service. Si votre espace de travail l&apos;enregistre dans un champ de profil personnalisé, saisissez l&apos;id de ce champ&#xa0;: c&apos;est la clé sous profile → fields dans le fichier users.json de l&apos;export. Sans cet id ni annuaire, il n&apos;y a pas de services.</translation>
    </message>
    <message>
        <source>A CSV with the columns email, name, title, department, is_leader, valid_from and valid_to. It is applied after the export and has the last word on departments and leaders.</source>
        <translation>Un CSV avec les colonnes email, name, title, department, is_leader, valid_from et valid_to. Il est appliqué après l&apos;export et a le dernier mot sur les services et les dirigeants.</translation>
    </message>
    <message>
        <source>Choose a Roster</source>
        <translation>Choisir un annuaire</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizardReportView</name>
    <message>
        <source>Already in the database</source>
        <translation>Déjà dans la base de données</translation>
    </message>
    <message>
        <source>By people the export does not list</source>
        <translation>De personnes absentes de l&apos;export</translation>
    </message>
    <message>
        <source>Replies and reactions to messages not in the export</source>
        <translation>Réponses et réactions à des messages absents de l&apos;export</translation>
    </message>
    <message>
        <source>System messages (joins, topic changes, pins)</source>
        <translation>Messages système (arrivées, changements de sujet, épinglages)</translation>
    </message>
    <message>
        <source>From bots</source>
        <translation>De bots</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vides</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>New conversations started in a channel</source>
        <translation>Nouvelles conversations ouvertes dans un canal</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Answers in threads</source>
        <translation>Réponses dans des fils</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Réactions</translation>
    </message>
    <message>
        <source>Emoji reactions, one per person and emoji</source>
        <translation>Réactions emoji, une par personne et par emoji</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <source>Messages that name people as recognised (praise, kudos)</source>
        <translation>Messages qui nomment des personnes comme reconnues (éloges, kudos)</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <source>People not in the database before, bots included</source>
        <translation>Personnes absentes jusqu&apos;ici de la base de données, bots compris</translation>
    </message>
    <message>
        <source>New channels</source>
        <translation>Nouveaux canaux</translation>
    </message>
    <message>
        <source>Channels, communities and conversations not in the database before</source>
        <translation>Canaux, communautés et conversations absents jusqu&apos;ici de la base de données</translation>
    </message>
    <message>
        <source>Activity span</source>
        <translation>Période d&apos;activité</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Activité&#xa0;:</translation>
    </message>
    <message>
        <source>Roster:</source>
        <translation>Annuaire&#xa0;:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Écartés&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>Du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <source>None: the export holds no activity.</source>
        <translation>Aucune&#xa0;: l&apos;export ne contient aucune activité.</translation>
    </message>
    <message>
        <source>%1 periods in departments</source>
        <translation>%1 périodes d&apos;affectation à des services</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Rien</translation>
    </message>
    <message>
        <source>… and %1 more: Copy Report has them all.</source>
        <translation>… et %1 de plus&#xa0;: «&#xa0;Copier le rapport&#xa0;» les contient tous.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizardRunPage</name>
    <message>
        <source>Cancel &amp;Preview</source>
        <translation>A&amp;nnuler l&apos;aperçu</translation>
    </message>
    <message>
        <source>Cancel &amp;Import</source>
        <translation>Annuler l&apos;&amp;importation</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>C&amp;opy Report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What the import adds, worked out by running it without keeping anything.</source>
        <translation>Ce que l&apos;importation ajoute, calculé en l&apos;exécutant sans rien conserver.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>All or nothing: a cancel or an error leaves the database as it was.</source>
        <translation>Tout ou rien&#xa0;: une annulation ou une erreur laisse la base de données en l&apos;état.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Stop working out the preview</source>
        <translation>Arrêter le calcul de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Stop the import and leave the database as it was</source>
        <translation>Arrêter l&apos;importation et laisser la base de données en l&apos;état</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Work out the preview again</source>
        <translation>Recalculer l&apos;aperçu</translation>
    </message>
    <message>
        <source>Run the import again</source>
        <translation>Relancer l&apos;importation</translation>
    </message>
    <message>
        <source>Copy the import report as text</source>
        <translation>Copier le rapport d&apos;importation sous forme de texte</translation>
    </message>
    <message>
        <source>Cancelling the preview…</source>
        <translation>Annulation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>Annulation de l&apos;importation…</translation>
    </message>
    <message>
        <source>Reading the export to work out what it adds to %1…</source>
        <translation>Lecture de l&apos;export pour déterminer ce qu&apos;il ajoute à %1…</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Importation dans %1…</translation>
    </message>
    <message>
        <source>Everything in this export is already in %1: importing it adds nothing.</source>
        <translation>Tout le contenu de cet export figure déjà dans %1&#xa0;: l&apos;importer n&apos;ajoute rien.</translation>
    </message>
    <message>
        <source>Importing adds this to %1. Nothing has been written yet.</source>
        <translation>L&apos;importation ajoute ceci à %1. Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <source>Imported into %1. Finish shows it in the main window.</source>
        <translation>Importé dans %1. «&#xa0;Terminer&#xa0;» l&apos;affiche dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>This export cannot be imported as it is:</source>
        <translation>Cet export ne peut pas être importé en l&apos;état&#xa0;:</translation>
    </message>
    <message>
        <source>The import failed and no database was created:</source>
        <translation>L&apos;importation a échoué et aucune base de données n&apos;a été créée&#xa0;:</translation>
    </message>
    <message>
        <source>The import failed; %1 is unchanged:</source>
        <translation>L&apos;importation a échoué&#xa0;; %1 n&apos;a pas été modifié&#xa0;:</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>L&apos;aperçu a été annulé.</translation>
    </message>
    <message>
        <source>The import was cancelled; no database was created.</source>
        <translation>L&apos;importation a été annulée&#xa0;; aucune base de données n&apos;a été créée.</translation>
    </message>
    <message>
        <source>The import was cancelled; %1 is unchanged.</source>
        <translation>L&apos;importation a été annulée&#xa0;; %1 n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizardSourcePage</name>
    <message>
        <source>There is no file or folder at %1.</source>
        <translation>Il n&apos;y a ni fichier ni dossier à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>Into a ne&amp;w database:</source>
        <translation>Dans une &amp;nouvelle base de données&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Choisir l&apos;export</translation>
    </message>
    <message>
        <source>Goodwill reads Slack, Viva Engage, Mattermost and Microsoft Teams exports, its own activity CSV and JSONL files, and roster CSVs. Everything stays on this computer.</source>
        <translation>Goodwill lit les exports de Slack, Viva Engage, Mattermost et Microsoft Teams, ses propres fichiers d&apos;activité CSV et JSONL, ainsi que les CSV d&apos;annuaire. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A ZIP file, an unpacked folder, or a CSV or JSONL file</source>
        <translation>Un fichier ZIP, un dossier décompressé, ou un fichier CSV ou JSONL</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>Choose an export file: a ZIP, CSV or JSONL file</source>
        <translation>Choisir un fichier d&apos;export&#xa0;: un fichier ZIP, CSV ou JSONL</translation>
    </message>
    <message>
        <source>Choose Fol&amp;der…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Choose an unpacked export folder</source>
        <translation>Choisir un dossier d&apos;export décompressé</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détection automatique</translation>
    </message>
    <message>
        <source>Format status</source>
        <translation>État du format</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Export&#xa0;:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat&#xa0;:</translation>
    </message>
    <message>
        <source>Into the open database</source>
        <translation>Dans la base de données ouverte</translation>
    </message>
    <message>
        <source>Into a new database</source>
        <translation>Dans une nouvelle base de données</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Nouveau fichier de base de données</translation>
    </message>
    <message>
        <source>Where the new database is saved</source>
        <translation>Emplacement d&apos;enregistrement de la nouvelle base de données</translation>
    </message>
    <message>
        <source>Choose where the new database is saved</source>
        <translation>Choisir où enregistrer la nouvelle base de données</translation>
    </message>
    <message>
        <source>Target note</source>
        <translation>Remarque sur la cible</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importer dans</translation>
    </message>
    <message>
        <source>Into the &amp;open database (none is open)</source>
        <translation>Dans la base de données &amp;ouverte (aucune n&apos;est ouverte)</translation>
    </message>
    <message>
        <source>Into the &amp;open database (%1 is read-only)</source>
        <translation>Dans la base de données &amp;ouverte (%1 est en lecture seule)</translation>
    </message>
    <message>
        <source>Into the &amp;open database (%1)</source>
        <translation>Dans la base de données &amp;ouverte (%1)</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file for the new database.</source>
        <translation>%1 est un dossier&#xa0;: indiquez un nom de fichier pour la nouvelle base de données.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to: choose another place for the new database.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;: choisissez un autre emplacement pour la nouvelle base de données.</translation>
    </message>
    <message>
        <source>Choose an Export</source>
        <translation>Choisir un export</translation>
    </message>
    <message>
        <source>Exports (*.zip *.json *.jsonl *.ndjson *.csv);;All files (*)</source>
        <translation>Exports (*.zip *.json *.jsonl *.ndjson *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose an Unpacked Export</source>
        <translation>Choisir un export décompressé</translation>
    </message>
    <message>
        <source>New Goodwill Database</source>
        <translation>Nouvelle base de données Goodwill</translation>
    </message>
    <message>
        <source>Goodwill databases (*.goodwill)</source>
        <translation>Bases de données Goodwill (*.goodwill)</translation>
    </message>
    <message>
        <source>Imported activity</source>
        <translation>Activité importée</translation>
    </message>
    <message>
        <source>Choose an export file or folder, or drop one here.</source>
        <translation>Choisissez un fichier ou un dossier d&apos;export, ou déposez-le ici.</translation>
    </message>
    <message>
        <source>Looking at the export…</source>
        <translation>Examen de l&apos;export…</translation>
    </message>
    <message>
        <source>Goodwill does not recognise this export: it is none of the formats it reads, or it is incomplete. If you know the format, choose it above.</source>
        <translation>Goodwill ne reconnaît pas cet export&#xa0;: il ne correspond à aucun des formats pris en charge, ou il est incomplet. Si vous connaissez le format, choisissez-le ci-dessus.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read as %1 (not recognised automatically).</source>
        <translation>Lu comme %1 (non reconnu automatiquement).</translation>
    </message>
    <message>
        <source>Read as %1 (detected: %2).</source>
        <translation>Lu comme %1 (détecté&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Activity %1 already holds is recognised and not added twice.</source>
        <translation>L&apos;activité déjà présente dans %1 est reconnue et n&apos;est pas ajoutée deux fois.</translation>
    </message>
    <message>
        <source>%1 already exists: the export will be added to it.</source>
        <translation>%1 existe déjà&#xa0;: l&apos;export y sera ajouté.</translation>
    </message>
    <message>
        <source>Nothing is written before you have seen the preview.</source>
        <translation>Rien n&apos;est écrit avant que vous ayez vu l&apos;aperçu.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::LeaderPicker</name>
    <message>
        <source>Type part of your name</source>
        <translation>Tapez une partie de votre nom</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::LeadersPage</name>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Dirigeants</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Time to first reply</source>
        <translation>Délai de 1re réponse</translation>
    </message>
    <message>
        <source>Reach by department</source>
        <translation>Portée par service</translation>
    </message>
    <message>
        <source>Departments recognised and not</source>
        <translation>Services reconnus ou non</translation>
    </message>
    <message>
        <source>Unanswered staff questions</source>
        <translation>Questions de collaborateurs sans réponse</translation>
    </message>
    <message>
        <source>Search leaders by name, e-mail or department</source>
        <translation>Rechercher des dirigeants par nom, e-mail ou service</translation>
    </message>
    <message>
        <source>Search leaders</source>
        <translation>Rechercher des dirigeants</translation>
    </message>
    <message>
        <source>Leaders summary</source>
        <translation>Synthèse des dirigeants</translation>
    </message>
    <message>
        <source>Working out the leader&apos;s detail</source>
        <translation>Calcul du détail du dirigeant</translation>
    </message>
    <message>
        <source>Selected leader</source>
        <translation>Dirigeant sélectionné</translation>
    </message>
    <message>
        <source>Leaders and their figures</source>
        <translation>Les dirigeants et leurs chiffres</translation>
    </message>
    <message>
        <source>Messages per period</source>
        <translation>Messages/période</translation>
    </message>
    <message>
        <source>Posts, replies and recognitions per period</source>
        <translation>Publications, réponses et reconnaissances par période</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>Avec réponse (%)</translation>
    </message>
    <message>
        <source>Reply rate per period</source>
        <translation>Taux de réponse par période</translation>
    </message>
    <message>
        <source>Median hours to first reply</source>
        <translation>Heures (médiane)</translation>
    </message>
    <message>
        <source>Median time to first reply per period</source>
        <translation>Délai médian de première réponse par période</translation>
    </message>
    <message>
        <source>Staff reached (%)</source>
        <translation>Collaborateurs touchés (%)</translation>
    </message>
    <message>
        <source>Share of each department&apos;s staff reached</source>
        <translation>Part des collaborateurs de chaque service touchés</translation>
    </message>
    <message>
        <source>Departments the leader recognised and did not</source>
        <translation>Services que le dirigeant a reconnus ou non</translation>
    </message>
    <message>
        <source>Staff questions the leader has not answered</source>
        <translation>Questions de collaborateurs auxquelles le dirigeant n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>No data yet: import an export (File &gt; Import…) or open the demo organisation (File &gt; Open the Demo Organisation).</source>
        <translation>Pas encore de données&#xa0;: importez un export (Fichier &gt; Importer…) ou ouvrez l&apos;organisation de démonstration (Fichier &gt; Ouvrir l&apos;organisation de démonstration).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n leader(s), %1</source>
        <translation>
            <numerusform>%n dirigeant, %1</numerusform>
            <numerusform>%n dirigeants, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every leader&apos;s figures, %1. Hover a number for what it counts; double-click it or press Enter to see how it was computed. Select a leader for their detail below.</source>
        <translation>Les chiffres de chaque dirigeant, %1. Survolez un nombre pour voir ce qu&apos;il compte&#xa0;; double-cliquez dessus ou appuyez sur Entrée pour voir comment il a été calculé. Sélectionnez un dirigeant pour afficher son détail ci-dessous.</translation>
    </message>
    <message>
        <source>No leaders in this data. Leaders are found by their title (VP, Director, Head of …) or the roster; the Data page sets anyone&apos;s role.</source>
        <translation>Aucun dirigeant dans ces données. Les dirigeants sont identifiés par leur fonction (VP, Director, Head of…) ou par l&apos;annuaire&#xa0;; la page Données permet de définir le rôle de chacun.</translation>
    </message>
    <message>
        <source>No leader matches “%1”: search for part of a name, an e-mail address or a department, or clear the search.</source>
        <translation>Aucun dirigeant ne correspond à «&#xa0;%1&#xa0;»&#xa0;: recherchez une partie d&apos;un nom, une adresse e-mail ou un service, ou effacez la recherche.</translation>
    </message>
    <message>
        <source>Select a leader in the table to see their cadence, replies, reach and unanswered questions.</source>
        <translation>Sélectionnez un dirigeant dans le tableau pour voir son rythme, ses réponses, sa portée et ses questions sans réponse.</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — du %2 au %3</translation>
    </message>
    <message>
        <source>This leader has no figures in this period: choose another leader or widen the date range in the filter bar.</source>
        <translation>Ce dirigeant n&apos;a aucun chiffre pour cette période&#xa0;: choisissez un autre dirigeant ou élargissez la plage de dates dans la barre de filtres.</translation>
    </message>
    <message>
        <source>%1&apos;s posts, replies and recognitions per %2, %3. Double-click a point to see the messages.</source>
        <translation>Publications, réponses et reconnaissances de %1 par %2, %3. Double-cliquez sur un point pour voir les messages.</translation>
    </message>
    <message>
        <source>%1 posted, replied and recognised no one in this period.</source>
        <translation>%1 n&apos;a rien publié, n&apos;a pas répondu et n&apos;a reconnu personne pendant cette période.</translation>
    </message>
    <message>
        <source>Share of staff comments to %1 (replies in their threads, messages naming them) answered in the thread within %2 h, per %3, %4</source>
        <translation>Part des commentaires de collaborateurs adressés à %1 (réponses dans ses fils, messages le nommant) ayant reçu une réponse dans le fil sous %2&#xa0;h, par %3, %4</translation>
    </message>
    <message>
        <source>No staff comments to %1 in this period: nothing to rate.</source>
        <translation>Aucun commentaire de collaborateur adressé à %1 pendant cette période&#xa0;: rien à évaluer.</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to %1&apos;s first later reply in the thread, over the comments answered at all, per %2, %3</source>
        <translation>Nombre médian d&apos;heures entre un commentaire de collaborateur et la première réponse ultérieure de %1 dans le fil, sur les commentaires ayant reçu une réponse, par %2, %3</translation>
    </message>
    <message>
        <source>%1 answered no staff comment in this period.</source>
        <translation>%1 n&apos;a répondu à aucun commentaire de collaborateur pendant cette période.</translation>
    </message>
    <message>
        <source>No departments in this data: import a roster CSV (File &gt; Import…) to see whom %1 reaches and recognises.</source>
        <translation>Aucun service dans ces données&#xa0;: importez un CSV d&apos;annuaire (Fichier &gt; Importer…) pour voir qui %1 touche et reconnaît.</translation>
    </message>
    <message>
        <source>Of each department&apos;s staff on %1, the share who replied or reacted to %2&apos;s posts, %3. Departments under %4 staff are left out.</source>
        <translation>Parmi les collaborateurs de chaque service au %1, la part ayant répondu ou réagi aux publications de %2, %3. Les services de moins de %4 collaborateurs sont exclus.</translation>
    </message>
    <message>
        <source>Every department has fewer than %1 staff: none can be shown.</source>
        <translation>Tous les services comptent moins de %1 collaborateurs&#xa0;: aucun ne peut être affiché.</translation>
    </message>
    <message>
        <source>%1&apos;s recognitions by department, %2. Not recognised: departments with at least %3 staff in which %1 recognised no one.</source>
        <translation>Reconnaissances de %1 par service, %2. Non reconnus&#xa0;: services d&apos;au moins %3 collaborateurs dans lesquels %1 n&apos;a reconnu personne.</translation>
    </message>
    <message>
        <source>Here: %1.</source>
        <translation>Ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Staff questions to %1 (in their threads or naming them) asked %2 with no reply of %1 in the thread since, oldest first; waiting is counted to the end of the data (%3).</source>
        <translation>Questions de collaborateurs adressées à %1 (dans ses fils ou le nommant), posées %2, sans réponse de %1 dans le fil depuis, les plus anciennes en premier&#xa0;; l&apos;attente est comptée jusqu&apos;à la fin des données (%3).</translation>
    </message>
    <message>
        <source>None: %1 has answered every staff question asked in this period.</source>
        <translation>Aucune&#xa0;: %1 a répondu à toutes les questions de collaborateurs posées pendant cette période.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::MainWindow</name>
    <message>
        <source>Goodwill</source>
        <translation>Goodwill</translation>
    </message>
    <message>
        <source>%1 (opened read-only)</source>
        <translation>%1 (ouvert en lecture seule)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a Goodwill activity database</source>
        <translation>Ouvrir une base de données d&apos;activité Goodwill</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Organisation</source>
        <translation>Ouvrir l&apos;organisation de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import an export from Slack, Viva Engage, Mattermost or Teams, or a roster</source>
        <translation>Importer un export de Slack, Viva Engage, Mattermost ou Teams, ou un annuaire</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtres</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the filter bar</source>
        <translation>Placer le focus clavier sur la barre de filtres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Goodwill</source>
        <translation>À &amp;propos de Goodwill</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Open Activity Database</source>
        <translation>Ouvrir une base de données d&apos;activité</translation>
    </message>
    <message>
        <source>Goodwill databases (*.goodwill);;SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Goodwill (*.goodwill);;Bases de données SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 — Goodwill</source>
        <translation>%1 — Goodwill</translation>
    </message>
    <message>
        <source>Creating the demo organisation Brightwater: about 1,200 people and two years of conversations…</source>
        <translation>Création de l&apos;organisation de démonstration Brightwater&#xa0;: environ 1 200 personnes et deux ans de conversations…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>My engagement</source>
        <translation>Mon engagement</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Réunion générale</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Dirigeants</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Goodwill could not restart. Quit and start it again to use the new language.</source>
        <translation>Goodwill n&apos;a pas pu redémarrer. Quittez-le et relancez-le pour utiliser la nouvelle langue.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ModelSettingsForm</name>
    <message>
        <source>Thresholds and weights</source>
        <translation>Seuils et poids</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signaux</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Appli&amp;quer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>Rétablir les &amp;valeurs par défaut</translation>
    </message>
    <message>
        <source>Smallest department shown (k)</source>
        <translation>Plus petit service affiché (k)</translation>
    </message>
    <message>
        <source>A department with fewer staff than this on a day shows no figure at all</source>
        <translation>Un service comptant moins de collaborateurs que ce nombre un jour donné n&apos;affiche aucun chiffre</translation>
    </message>
    <message>
        <source>Fewest writers for tone (k text)</source>
        <translation>Minimum d&apos;auteurs pour le ton (k texte)</translation>
    </message>
    <message>
        <source>Tone (T4) is hidden unless at least this many of a department&apos;s staff wrote in the window</source>
        <translation>Le ton (T4) est masqué si moins de collaborateurs d&apos;un service que ce nombre ont écrit dans la fenêtre</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Fenêtre (jours)</translation>
    </message>
    <message>
        <source>Every signal is computed over this many days ending on the day shown</source>
        <translation>Chaque signal est calculé sur ce nombre de jours se terminant le jour affiché</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Reply window (hours)</source>
        <translation>Délai de réponse (heures)</translation>
    </message>
    <message>
        <source>A staff comment counts as answered when a leader replies in the thread within this many hours</source>
        <translation>Un commentaire de collaborateur compte comme répondu lorsqu&apos;un dirigeant répond dans le fil dans ce nombre d&apos;heures</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Smallest department shown (&amp;k):</source>
        <translation>Plus petit service affiché (&amp;k)&#xa0;:</translation>
    </message>
    <message>
        <source>Fewest writers for &amp;tone:</source>
        <translation>Minimum d&apos;auteurs pour le &amp;ton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Fenêtr&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reply window:</source>
        <translation>Délai de répo&amp;nse&#xa0;:</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>The weight of %1 in the ECI (the weights of the pillars with a value are renormalised)</source>
        <translation>Le poids de %1 dans l&apos;ECI (les poids des piliers ayant une valeur sont renormalisés)</translation>
    </message>
    <message>
        <source>Weight of %1:</source>
        <translation>Poids de %1&#xa0;:</translation>
    </message>
    <message>
        <source>Privacy thresholds, the window of every signal, the reply window and the weight of each pillar in the ECI</source>
        <translation>Seuils de confidentialité, fenêtre de chaque signal, délai de réponse et poids de chaque pilier dans l&apos;ECI</translation>
    </message>
    <message>
        <source>Signal floors, targets and weights</source>
        <translation>Planchers, cibles et poids des signaux</translation>
    </message>
    <message>
        <source>A signal scores 0 at its floor and 100 at its target; its weight counts within its pillar. Changed values are bold. Double-click a value to edit it.</source>
        <translation>Un signal vaut 0 à son plancher et 100 à sa cible&#xa0;; son poids compte au sein de son pilier. Les valeurs modifiées sont en gras. Double-cliquez sur une valeur pour la modifier.</translation>
    </message>
    <message>
        <source>Save the changed settings to your model file and work every figure out again</source>
        <translation>Enregistrer les paramètres modifiés dans votre fichier de modèle et recalculer tous les chiffres</translation>
    </message>
    <message>
        <source>Drop the changes not applied yet</source>
        <translation>Abandonner les modifications non encore appliquées</translation>
    </message>
    <message>
        <source>Remove your model file: every setting goes back to the default and the figures are worked out again</source>
        <translation>Supprimer votre fichier de modèle&#xa0;: tous les paramètres reviennent à leur valeur par défaut et les chiffres sont recalculés</translation>
    </message>
    <message>
        <source>Your settings: %1 (anything not in it keeps the default)</source>
        <translation>Vos paramètres&#xa0;: %1 (tout ce qui n&apos;y figure pas garde sa valeur par défaut)</translation>
    </message>
    <message>
        <source>The default model is in use; Apply saves your changes to %1</source>
        <translation>Le modèle par défaut est utilisé&#xa0;; «&#xa0;Appliquer&#xa0;» enregistre vos modifications dans %1</translation>
    </message>
    <message>
        <source>At least one pillar needs a weight above 0, or there is no ECI.</source>
        <translation>Au moins un pilier doit avoir un poids supérieur à 0, sinon il n&apos;y a pas d&apos;ECI.</translation>
    </message>
    <message>
        <source>Applied. Every figure is being worked out again with these settings.</source>
        <translation>Appliqué. Tous les chiffres sont en cours de recalcul avec ces paramètres.</translation>
    </message>
    <message>
        <source>Back to the defaults. Every figure is being worked out again.</source>
        <translation>Retour aux valeurs par défaut. Tous les chiffres sont en cours de recalcul.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::OverviewPage</name>
    <message>
        <source>Emotional capital</source>
        <translation>Capital émotionnel</translation>
    </message>
    <message>
        <source>The four pillars</source>
        <translation>Les quatre piliers</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Emotional capital (ECI)</source>
        <translation>Capital émotionnel (ECI)</translation>
    </message>
    <message>
        <source>The organisation&apos;s emotional-capital index, 0–100, on the last day: the weighted mean of authenticity, pride, attachment and fun over the trailing window. Double-click to see how it was computed.</source>
        <translation>L&apos;indice de capital émotionnel de l&apos;organisation, 0–100, au dernier jour&#xa0;: la moyenne pondérée de l&apos;authenticité, de la fierté, de l&apos;attachement et de la convivialité sur la fenêtre glissante. Double-cliquez pour voir comment il a été calculé.</translation>
    </message>
    <message>
        <source>Leader posts</source>
        <translation>Publications des dirigeants</translation>
    </message>
    <message>
        <source>Posts by all leaders in the period, against the period of equal length before it</source>
        <translation>Publications de l&apos;ensemble des dirigeants dans la période, comparées à la période de même durée qui la précède</translation>
    </message>
    <message>
        <source>Leader replies</source>
        <translation>Réponses des dirigeants</translation>
    </message>
    <message>
        <source>Replies by all leaders in the period, against the period of equal length before it</source>
        <translation>Réponses de l&apos;ensemble des dirigeants dans la période, comparées à la période de même durée qui la précède</translation>
    </message>
    <message>
        <source>Recognitions by leaders</source>
        <translation>Reconnaissances des dirigeants</translation>
    </message>
    <message>
        <source>Recognitions given by leaders in the period (one per message), against the period before</source>
        <translation>Reconnaissances données par les dirigeants dans la période (une par message), comparées à la période précédente</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Questions avec réponse</translation>
    </message>
    <message>
        <source>Staff questions to leaders (on their threads or naming them) that the leader answered in the thread within the reply window, as a share of all such questions</source>
        <translation>Questions de collaborateurs aux dirigeants (dans leurs fils ou les nommant) auxquelles le dirigeant a répondu dans le fil dans le délai de réponse, en part de l&apos;ensemble de ces questions</translation>
    </message>
    <message>
        <source>Staff recognised</source>
        <translation>Collaborateurs reconnus</translation>
    </message>
    <message>
        <source>Share of staff recognised at least once in the trailing window ending on the last day (signal P1). Double-click to see how it was computed.</source>
        <translation>Part des collaborateurs reconnus au moins une fois dans la fenêtre glissante se terminant au dernier jour (signal P1). Double-cliquez pour voir comment elle a été calculée.</translation>
    </message>
    <message>
        <source>ECI (0–100)</source>
        <translation>ECI (0–100)</translation>
    </message>
    <message>
        <source>At each period end, over the trailing window; the shaded band is the 80% range</source>
        <translation>À chaque fin de période, sur la fenêtre glissante&#xa0;; la bande ombrée représente l&apos;intervalle à 80&#xa0;%</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>On the last day</source>
        <translation>Au dernier jour</translation>
    </message>
    <message>
        <source>ECI on the last day, its change since the previous period end, and its trend; sorted by the change</source>
        <translation>ECI au dernier jour, sa variation depuis la fin de période précédente et sa tendance&#xa0;; triés par variation</translation>
    </message>
    <message>
        <source>Falls in the ECI or a pillar, newest first</source>
        <translation>Baisses de l&apos;ECI ou d&apos;un pilier, les plus récentes en premier</translation>
    </message>
    <message>
        <source>No activity in this period. Choose a longer period above, or import more data (File &gt; Import).</source>
        <translation>Aucune activité dans cette période. Choisissez une période plus longue ci-dessus, ou importez davantage de données (Fichier &gt; Importer).</translation>
    </message>
    <message>
        <source>No departments yet: attach a roster when you import (File &gt; Import), or open the demo.</source>
        <translation>Pas encore de services&#xa0;: joignez un annuaire lors de l&apos;importation (Fichier &gt; Importer), ou ouvrez la démonstration.</translation>
    </message>
    <message>
        <source>No falls in the ECI or a pillar in this period.</source>
        <translation>Aucune baisse de l&apos;ECI ou d&apos;un pilier dans cette période.</translation>
    </message>
    <message>
        <source>on the period before</source>
        <translation>par rapport à la période précédente</translation>
    </message>
    <message>
        <source>since the last period end</source>
        <translation>depuis la dernière fin de période</translation>
    </message>
    <message>
        <source>over a year</source>
        <translation>sur un an</translation>
    </message>
    <message>
        <source>no staff questions to leaders</source>
        <translation>aucune question de collaborateur aux dirigeants</translation>
    </message>
    <message>
        <source>What the total leaves out</source>
        <translation>Ce que le total exclut</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::Panel</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export or copy</source>
        <translation>Exporter ou copier</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copier l&apos;image</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>Copier le &amp;tableau</translation>
    </message>
    <message>
        <source>Nothing to export from %1</source>
        <translation>Rien à exporter depuis %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Export as CS&amp;V…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::PreferencesDialog</name>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect when Goodwill restarts.</source>
        <translation>La nouvelle langue prendra effet au redémarrage de Goodwill.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::RecognitionPage</name>
    <message>
        <source>Recognition by leader</source>
        <translation>Reconnaissance par dirigeant</translation>
    </message>
    <message>
        <source>Recognised share by department</source>
        <translation>Part reconnue par service</translation>
    </message>
    <message>
        <source>Blind spots</source>
        <translation>Angles morts</translation>
    </message>
    <message>
        <source>Recent recognitions</source>
        <translation>Reconnaissances récentes</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <source>Recognition summary</source>
        <translation>Synthèse des reconnaissances</translation>
    </message>
    <message>
        <source>Working out the recognitions</source>
        <translation>Calcul des reconnaissances</translation>
    </message>
    <message>
        <source>Recognitions by leader and department</source>
        <translation>Reconnaissances par dirigeant et par service</translation>
    </message>
    <message>
        <source>Departments no leader recognised</source>
        <translation>Services qu&apos;aucun dirigeant n&apos;a reconnus</translation>
    </message>
    <message>
        <source>Staff recognised (%)</source>
        <translation>Reconnus (%)</translation>
    </message>
    <message>
        <source>Recognised share by department over time</source>
        <translation>Part reconnue par service au fil du temps</translation>
    </message>
    <message>
        <source>No data yet: import an export (File &gt; Import…) or open the demo organisation (File &gt; Open the Demo Organisation).</source>
        <translation>Pas encore de données&#xa0;: importez un export (Fichier &gt; Importer…) ou ouvrez l&apos;organisation de démonstration (Fichier &gt; Ouvrir l&apos;organisation de démonstration).</translation>
    </message>
    <message>
        <source>Share of staff recognised at least once in the %1 days to each period end (P1), %: the whole selection and the %2 departments lowest on %3. Choose departments in the filter bar to see others.</source>
        <translation>Part des collaborateurs reconnus au moins une fois dans les %1 jours précédant chaque fin de période (P1), en&#xa0;%&#xa0;: l&apos;ensemble de la sélection et les %2 services les plus bas au %3. Choisissez des services dans la barre de filtres pour en voir d&apos;autres.</translation>
    </message>
    <message>
        <source>Share of staff recognised at least once in the %1 days to each period end (P1), %. Gaps: hidden to protect privacy, or too few staff. Double-click a point to see how it is counted.</source>
        <translation>Part des collaborateurs reconnus au moins une fois dans les %1 jours précédant chaque fin de période (P1), en&#xa0;%. Lacunes&#xa0;: masquées pour protéger la vie privée, ou trop peu de collaborateurs. Double-cliquez sur un point pour voir comment c&apos;est compté.</translation>
    </message>
    <message>
        <source>No department figures for this period: widen the date range in the filter bar.</source>
        <translation>Aucun chiffre de service pour cette période&#xa0;: élargissez la plage de dates dans la barre de filtres.</translation>
    </message>
    <message>
        <source>No activity in this period: widen the date range in the filter bar.</source>
        <translation>Aucune activité dans cette période&#xa0;: élargissez la plage de dates dans la barre de filtres.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1: %2 recognitions, %3 of them by leaders.</source>
        <translation>Période %1&#xa0;: %2 reconnaissances, dont %3 par des dirigeants.</translation>
    </message>
    <message>
        <source>No leader recognised anyone in %1.</source>
        <translation>Aucun dirigeant n&apos;a reconnu qui que ce soit dans ces services&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Recognitions each leader gave to people of each department, %1: one per person recognised, by the department they were in on the day. Hatched columns are hidden to protect privacy. Double-click a leader&apos;s total to see how it is counted.</source>
        <translation>Reconnaissances données par chaque dirigeant aux personnes de chaque service, %1&#xa0;: une par personne reconnue, selon son service ce jour-là. Les colonnes hachurées sont masquées pour protéger la vie privée. Double-cliquez sur le total d&apos;un dirigeant pour voir comment il est compté.</translation>
    </message>
    <message>
        <source>Departments with at least %1 staff that no leader recognised, %2</source>
        <translation>Services d&apos;au moins %1 collaborateurs qu&apos;aucun dirigeant n&apos;a reconnus, %2</translation>
    </message>
    <message>
        <source>The latest recognitions, %1, newest first (at most %2)</source>
        <translation>Les dernières reconnaissances, %1, les plus récentes en premier (%2 au plus)</translation>
    </message>
    <message>
        <source>No leaders in this data. Leaders are found by their title (VP, Director, Head of …) or the roster; the Data page sets anyone&apos;s role.</source>
        <translation>Aucun dirigeant dans ces données. Les dirigeants sont identifiés par leur fonction (VP, Director, Head of…) ou par l&apos;annuaire&#xa0;; la page Données permet de définir le rôle de chacun.</translation>
    </message>
    <message>
        <source>No departments in this data: import a roster CSV (File &gt; Import…) to see whom the leaders recognise.</source>
        <translation>Aucun service dans ces données&#xa0;: importez un CSV d&apos;annuaire (Fichier &gt; Importer…) pour voir qui les dirigeants reconnaissent.</translation>
    </message>
    <message>
        <source>None of the chosen departments has staff in this period: choose others in the filter bar.</source>
        <translation>Aucun des services choisis n&apos;a de collaborateurs dans cette période&#xa0;: choisissez-en d&apos;autres dans la barre de filtres.</translation>
    </message>
    <message>
        <source>None: a leader recognised someone in every department shown, %1.</source>
        <translation>Aucun&#xa0;: un dirigeant a reconnu quelqu&apos;un dans chaque service affiché, %1.</translation>
    </message>
    <message>
        <source>No recognitions in this period: widen the date range or choose other channels in the filter bar.</source>
        <translation>Aucune reconnaissance dans cette période&#xa0;: élargissez la plage de dates ou choisissez d&apos;autres canaux dans la barre de filtres.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::SummaryPage</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Staff, leaders and guests in the database (bots are not counted)</source>
        <translation>Collaborateurs, dirigeants et invités dans la base de données (les bots ne sont pas comptés)</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Dirigeants</translation>
    </message>
    <message>
        <source>People whose role is leader: from the roster, their title, or your override</source>
        <translation>Personnes dont le rôle est dirigeant&#xa0;: d&apos;après l&apos;annuaire, leur fonction ou votre forçage</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Departments named by the roster or the imported sources</source>
        <translation>Services nommés par l&apos;annuaire ou les sources importées</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Channels, communities and groups across all sources</source>
        <translation>Canaux, communautés et groupes de toutes les sources</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Posts, replies, reactions and recognitions across all sources</source>
        <translation>Publications, réponses, réactions et reconnaissances de toutes les sources</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open the demo organisation</source>
        <translation>Ouvrir l&apos;organisation de démonstration</translation>
    </message>
    <message>
        <source>%1 holds no activity yet.
Import an export from your platform into it, or open the demo organisation to look around.</source>
        <translation>%1 ne contient encore aucune activité.
Importez-y un export de votre plateforme, ou ouvrez l&apos;organisation de démonstration pour découvrir l&apos;application.</translation>
    </message>
    <message>
        <source>%1 to %2 · sources: %3</source>
        <translation>Du %1 au %2 · sources&#xa0;: %3</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · lecture seule</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::TownHallPage</name>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Pseudonymise staff</source>
        <translation>Pseudonymiser les collaborateurs</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Risers and fallers</source>
        <translation>Hausses et baisses</translation>
    </message>
    <message>
        <source>Change in emotional capital</source>
        <translation>Variation du capital émotionnel</translation>
    </message>
    <message>
        <source>Open staff questions by theme</source>
        <translation>Questions ouvertes des collaborateurs par thème</translation>
    </message>
    <message>
        <source>Shout-out candidates: people</source>
        <translation>À mettre à l&apos;honneur&#xa0;: personnes</translation>
    </message>
    <message>
        <source>Shout-out candidates: teams</source>
        <translation>À mettre à l&apos;honneur&#xa0;: équipes</translation>
    </message>
    <message>
        <source>Leaders&apos; responsiveness</source>
        <translation>Réactivité des dirigeants</translation>
    </message>
    <message>
        <source>Town-hall brief</source>
        <translation>Synthèse pour réunion générale</translation>
    </message>
    <message>
        <source>Town-hall brief: audience and period</source>
        <translation>Synthèse pour réunion générale&#xa0;: audience et période</translation>
    </message>
    <message>
        <source>Working out the town-hall brief</source>
        <translation>Calcul de la synthèse pour réunion générale</translation>
    </message>
    <message>
        <source>Write the brief as a PDF report, with the filters, the sources and a checksum of the data on its last page</source>
        <translation>Enregistrer la synthèse sous forme de rapport PDF, avec les filtres, les sources et une somme de contrôle des données sur sa dernière page</translation>
    </message>
    <message>
        <source>Export the town-hall brief as PDF</source>
        <translation>Exporter la synthèse pour réunion générale en PDF</translation>
    </message>
    <message>
        <source>In the PDF, name staff as “Staff member (Department)”; leaders keep their names</source>
        <translation>Dans le PDF, désigner les collaborateurs par «&#xa0;Collaborateur (Service)&#xa0;»&#xa0;; les dirigeants gardent leur nom</translation>
    </message>
    <message>
        <source>Summary of the town-hall brief</source>
        <translation>Résumé de la synthèse pour réunion générale</translation>
    </message>
    <message>
        <source>Every sentence is made from figures in the tables below</source>
        <translation>Chaque phrase est construite à partir des chiffres des tableaux ci-dessous</translation>
    </message>
    <message>
        <source>Departments whose emotional capital rose or fell most</source>
        <translation>Services dont le capital émotionnel a le plus augmenté ou baissé</translation>
    </message>
    <message>
        <source>Change in ECI (points)</source>
        <translation>Variation de l&apos;ECI (points)</translation>
    </message>
    <message>
        <source>Change in emotional capital by department</source>
        <translation>Variation du capital émotionnel par service</translation>
    </message>
    <message>
        <source>Themes of the staff questions still open</source>
        <translation>Thèmes des questions de collaborateurs encore ouvertes</translation>
    </message>
    <message>
        <source>People recognised by several colleagues</source>
        <translation>Personnes reconnues par plusieurs collègues</translation>
    </message>
    <message>
        <source>Teams recognised in public channels</source>
        <translation>Équipes reconnues dans les canaux publics</translation>
    </message>
    <message>
        <source>No data yet: import an export (File &gt; Import…) or open the demo organisation (File &gt; Open the Demo Organisation).</source>
        <translation>Pas encore de données&#xa0;: importez un export (Fichier &gt; Importer…) ou ouvrez l&apos;organisation de démonstration (Fichier &gt; Ouvrir l&apos;organisation de démonstration).</translation>
    </message>
    <message>
        <source>No activity in this period: widen the date range in the filter bar.</source>
        <translation>Aucune activité dans cette période&#xa0;: élargissez la plage de dates dans la barre de filtres.</translation>
    </message>
    <message>
        <source>Town-hall brief: %1</source>
        <translation>Synthèse pour réunion générale&#xa0;: %1</translation>
    </message>
    <message>
        <source>The data does not reach a whole window of %1 days before this period: choose a later start in the filter bar to compare the emotional capital.</source>
        <translation>Les données ne couvrent pas une fenêtre complète de %1 jours avant cette période&#xa0;: choisissez un début plus tardif dans la barre de filtres pour comparer le capital émotionnel.</translation>
    </message>
    <message>
        <source>ECI over the %1 days to %2 against the %1 days to %3; the pillar that moved most the same way. Double-click a figure to see how it was computed.%4</source>
        <translation>ECI sur les %1 jours jusqu&apos;au %2 comparé aux %1 jours jusqu&apos;au %3&#xa0;; le pilier qui a le plus varié dans le même sens. Double-cliquez sur un chiffre pour voir comment il a été calculé.%4</translation>
    </message>
    <message>
        <source>ECI after minus before, in points</source>
        <translation>ECI après moins avant, en points</translation>
    </message>
    <message>
        <source>%1 staff questions to leaders from %2 people are still waiting for an answer. A theme is a word shared by questions from at least %3 different people (privacy); expand a theme for the oldest examples.</source>
        <translation>%1 questions de collaborateurs aux dirigeants, posées par %2 personnes, attendent encore une réponse. Un thème est un mot commun à des questions d&apos;au moins %3 personnes différentes (confidentialité)&#xa0;; développez un thème pour voir les exemples les plus anciens.</translation>
    </message>
    <message>
        <source>No staff question to a leader is waiting for an answer in this period.</source>
        <translation>Aucune question de collaborateur à un dirigeant n&apos;attend de réponse dans cette période.</translation>
    </message>
    <message>
        <source>The questions&apos; text could not be read from the database.</source>
        <translation>Le texte des questions n&apos;a pas pu être lu dans la base de données.</translation>
    </message>
    <message>
        <source>No word is shared by open questions from %1 or more different people, so no theme is shown (privacy). The Leaders page lists each leader&apos;s questions.</source>
        <translation>Aucun mot n&apos;est commun à des questions ouvertes de %1 personnes différentes ou plus&#xa0;: aucun thème n&apos;est donc affiché (confidentialité). La page Dirigeants liste les questions de chaque dirigeant.</translation>
    </message>
    <message>
        <source>Recognitions in public channels (announcement, recognition, social, Q&amp;A)</source>
        <translation>Reconnaissances dans les canaux publics (annonces, reconnaissance, social, Q&amp;R)</translation>
    </message>
    <message>
        <source>%1 by at least %2 different people, listed by name</source>
        <translation>%1&#xa0;: personnes reconnues par au moins %2 personnes différentes, listées par nom</translation>
    </message>
    <message>
        <source>Nobody was recognised by at least %1 different people in public channels in this period.</source>
        <translation>Personne n&apos;a été reconnu par au moins %1 personnes différentes dans les canaux publics pendant cette période.</translation>
    </message>
    <message>
        <source>%1, per member of staff</source>
        <translation>%1, par collaborateur</translation>
    </message>
    <message>
        <source>No team was recognised in a public channel in this period, or those recognised are too small to show.</source>
        <translation>Aucune équipe n&apos;a été reconnue dans un canal public pendant cette période, ou celles qui l&apos;ont été sont trop petites pour être affichées.</translation>
    </message>
    <message>
        <source>Reply rate (within %1 hours) and median time to the first reply over the period, from all staff; questions from the audience still unanswered. Double-click a figure to see how it was computed.</source>
        <translation>Taux de réponse (sous %1 heures) et délai médian de première réponse sur la période, pour l&apos;ensemble des collaborateurs&#xa0;; questions de l&apos;audience encore sans réponse. Double-cliquez sur un chiffre pour voir comment il a été calculé.</translation>
    </message>
    <message>
        <source>No staff comments to leaders in this period: widen the date range or choose other departments.</source>
        <translation>Aucun commentaire de collaborateur adressé aux dirigeants pendant cette période&#xa0;: élargissez la plage de dates ou choisissez d&apos;autres services.</translation>
    </message>
    <message>
        <source>Export the Town-Hall Brief as PDF</source>
        <translation>Exporter la synthèse pour réunion générale en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Nothing to export yet: the brief is still being worked out.</source>
        <translation>Rien à exporter pour l&apos;instant&#xa0;: la synthèse est encore en cours de calcul.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::TrendChartView</name>
    <message>
        <source>%1 (80% band)</source>
        <translation>%1 (intervalle à 80&#xa0;%)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::UserGuideDialog</name>
    <message>
        <source>Goodwill User Guide</source>
        <translation>Guide de l&apos;utilisateur de Goodwill</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: goodwill [FILE]
       goodwill demo --out FILE [--people N] [--months M] [--seed S]
       goodwill import SOURCE... --into FILE [--roster FILE]
               [--format auto|slack|engage|mattermost|teams|csv|jsonl]
               [--slack-department-field ID] [--report-json FILE]
       goodwill check FILE
       goodwill report --db FILE --kind departments|leaders --out FILE
               [--format json|csv] [--from DATE] [--to DATE]
               [--granularity week|month|quarter] [--departments A,B]
       goodwill report --db FILE --kind leader --leader EMAIL --out FILE.pdf
       goodwill report --db FILE --kind townhall --out FILE.pdf
               [--from DATE] [--to DATE] [--departments A,B] [--pseudonymise]

Goodwill shows how leaders engage with their people on internal social media and
what it does to the goodwill of each department. Everything stays on this computer.

Without a verb, Goodwill opens its window on FILE, on the last database used, or on
first run on a demo organisation it creates.

Verbs:
  demo    write the demo organisation Brightwater to a new database
          (--people 1200, --months 24, --seed 42 by default)
  import  import exports and a roster into a database (created when missing);
          all or nothing: on any error the database is left as it was
  check   check a database: integrity, schema version, rows per table
  report  write department emotional capital or leader figures as JSON or CSV,
          or a leader&apos;s engagement report or a town-hall brief as PDF

Options:
  -h, --help     show this help
  -v, --version  show the version

Exit codes: 0 success, 1 the file or the data is at fault, 2 usage error.
</source>
        <translation>Utilisation&#xa0;: goodwill [FICHIER]
       goodwill demo --out FICHIER [--people N] [--months M] [--seed S]
       goodwill import SOURCE... --into FICHIER [--roster FICHIER]
               [--format auto|slack|engage|mattermost|teams|csv|jsonl]
               [--slack-department-field ID] [--report-json FICHIER]
       goodwill check FICHIER
       goodwill report --db FICHIER --kind departments|leaders --out FICHIER
               [--format json|csv] [--from DATE] [--to DATE]
               [--granularity week|month|quarter] [--departments A,B]
       goodwill report --db FICHIER --kind leader --leader E-MAIL --out FICHIER.pdf
       goodwill report --db FICHIER --kind townhall --out FICHIER.pdf
               [--from DATE] [--to DATE] [--departments A,B] [--pseudonymise]

Goodwill montre comment les dirigeants échangent avec leurs équipes sur les réseaux
sociaux internes et son effet sur l&apos;adhésion des services. Tout reste sur cet ordinateur.

Sans verbe, Goodwill ouvre sa fenêtre sur FICHIER, sur la dernière base de données
utilisée ou, au premier lancement, sur une organisation de démonstration qu&apos;il crée.

Verbes&#xa0;:
  demo    écrit l&apos;organisation de démonstration Brightwater dans une nouvelle base
          (--people 1200, --months 24, --seed 42 par défaut)
  import  importe des exports et un annuaire dans une base (créée si elle n&apos;existe pas)&#xa0;;
          tout ou rien&#xa0;: en cas d&apos;erreur, la base de données reste en l&apos;état
  check   vérifie une base de données&#xa0;: intégrité, version du schéma, lignes par table
  report  écrit en JSON ou CSV le capital émotionnel des services ou les chiffres des
          dirigeants, ou en PDF le rapport d&apos;un dirigeant ou une synthèse de réunion générale

Options&#xa0;:
  -h, --help     affiche cette aide
  -v, --version  affiche la version

Codes de sortie&#xa0;: 0 succès, 1 le fichier ou les données sont en cause, 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see goodwill --help)</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;» (voir goodwill --help)</translation>
    </message>
</context>
</TS>
