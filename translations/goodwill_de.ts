<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActivityCsvReader</name>
    <message>
        <source>%1 holds no .csv file</source>
        <translation>%1 enthält keine .csv-Datei</translation>
    </message>
</context>
<context>
    <name>ActivityDataset</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ActivityFields</name>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>&apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind (post, reply, reaction or recognition)</source>
        <translation>&apos;%1&apos; ist kein Typ (post, reply, reaction oder recognition)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (ISO 8601 with Z or an offset, e.g. 2026-01-05T14:03:11Z, or integer seconds since 1970)</source>
        <translation>&apos;%1&apos; ist keine Zeitangabe (ISO 8601 mit Z oder einem Offset, z. B. 2026-01-05T14:03:11Z, oder ganze Sekunden seit 1970)</translation>
    </message>
    <message>
        <source>the time &apos;%1&apos; is outside 1990-2100</source>
        <translation>die Zeit &apos;%1&apos; liegt außerhalb von 1990–2100</translation>
    </message>
    <message>
        <source>a %1 starts a thread: its thread_id is empty or its own id</source>
        <translation>eine Aktivität vom Typ %1 beginnt einen Thread: ihre thread_id ist leer oder ihre eigene id</translation>
    </message>
    <message>
        <source>a %1 needs a channel</source>
        <translation>eine Aktivität vom Typ %1 braucht einen Kanal</translation>
    </message>
    <message>
        <source>a %1 needs a parent_id</source>
        <translation>eine Aktivität vom Typ %1 braucht eine parent_id</translation>
    </message>
    <message>
        <source>a reaction needs an emoji</source>
        <translation>eine Reaktion braucht ein Emoji</translation>
    </message>
    <message>
        <source>a recognition needs at least one recipient</source>
        <translation>eine Anerkennung braucht mindestens einen Empfänger</translation>
    </message>
    <message>
        <source>a recognition needs a recipient other than its author</source>
        <translation>eine Anerkennung braucht einen Empfänger, der nicht ihr Verfasser ist</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice in this file</source>
        <translation>die id &apos;%1&apos; kommt in dieser Datei zweimal vor</translation>
    </message>
    <message>
        <source>a %1 starts a thread, so its parent_id must be empty</source>
        <translation>eine Aktivität vom Typ %1 beginnt einen Thread, daher muss parent_id leer sein</translation>
    </message>
</context>
<context>
    <name>ActivityJsonlReader</name>
    <message>
        <source>%1, line %2: the line is longer than 16 MiB</source>
        <translation>%1, Zeile %2: die Zeile ist länger als 16 MiB</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a number</source>
        <translation>&apos;%1&apos; muss ein String oder eine Zahl sein</translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation>eine Zeile muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of strings</source>
        <translation>&apos;%1&apos; muss ein Array von Strings sein</translation>
    </message>
    <message>
        <source>a line must hold exactly one JSON object</source>
        <translation>eine Zeile muss genau ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is missing</source>
        <translation>der Schlüssel &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>%1 holds no .jsonl (or .ndjson) file</source>
        <translation>%1 enthält keine .jsonl-Datei (oder .ndjson-Datei)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>der Text ist kein gültiges UTF-8 (speichern Sie die Datei als UTF-8)</translation>
    </message>
</context>
<context>
    <name>BulkFile</name>
    <message>
        <source>&apos;%1&apos; already exists; choose another file name or remove it first</source>
        <translation>&apos;%1&apos; existiert bereits; wählen Sie einen anderen Dateinamen oder entfernen Sie die Datei zuerst</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appeared while it was being written; nothing was changed</source>
        <translation>&apos;%1&apos; ist während des Schreibens entstanden; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>CapitalEngine</name>
    <message>
        <source>fewer than %1 staff: hidden to protect their privacy</source>
        <translation>weniger als %1 Mitarbeitende: zum Schutz ihrer Privatsphäre ausgeblendet</translation>
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
        <translation>Antwortquote der Führung</translation>
    </message>
    <message>
        <source>Leader response time</source>
        <translation>Reaktionszeit der Führung</translation>
    </message>
    <message>
        <source>Leader presence</source>
        <translation>Präsenz der Führung</translation>
    </message>
    <message>
        <source>Recognised share</source>
        <translation>Anteil Anerkannter</translation>
    </message>
    <message>
        <source>Leader recognition share</source>
        <translation>Anerkennungsanteil der Führung</translation>
    </message>
    <message>
        <source>Recognition rate</source>
        <translation>Anerkennungsrate</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Verbleib</translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation>Vernetzung</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tonalität</translation>
    </message>
    <message>
        <source>Social participation</source>
        <translation>Soziale Beteiligung</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Celebration</source>
        <translation>Feiern</translation>
    </message>
    <message>
        <source>Share of the department&apos;s staff comments to leaders answered by a leader within the reply window</source>
        <translation>Anteil der Kommentare von Mitarbeitenden der Abteilung an Führungskräfte, die innerhalb des Antwortfensters von einer Führungskraft beantwortet wurden</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to the first leader reply in the thread</source>
        <translation>Median der Stunden von einem Mitarbeiterkommentar bis zur ersten Antwort einer Führungskraft im Thread</translation>
    </message>
    <message>
        <source>Share of seven-day blocks with a leader reply to the department&apos;s staff or a leader recognition of one of them</source>
        <translation>Anteil der Sieben-Tage-Blöcke mit einer Antwort einer Führungskraft an Mitarbeitende der Abteilung oder einer Anerkennung einer dieser Personen durch eine Führungskraft</translation>
    </message>
    <message>
        <source>Share of the staff recognised at least once</source>
        <translation>Anteil der Mitarbeitenden, die mindestens einmal anerkannt wurden</translation>
    </message>
    <message>
        <source>Share of the staff recognised by a leader</source>
        <translation>Anteil der Mitarbeitenden, die von einer Führungskraft anerkannt wurden</translation>
    </message>
    <message>
        <source>Recognitions received per member per 30 days</source>
        <translation>Erhaltene Anerkennungen pro Mitglied und 30 Tage</translation>
    </message>
    <message>
        <source>Share of the staff who posted, replied or reacted</source>
        <translation>Anteil der Mitarbeitenden, die gepostet, geantwortet oder reagiert haben</translation>
    </message>
    <message>
        <source>Of the staff active in the window before, the share still active</source>
        <translation>Von den im vorigen Zeitfenster aktiven Mitarbeitenden der Anteil, der noch aktiv ist</translation>
    </message>
    <message>
        <source>Share of the staff&apos;s replies in threads started by another department</source>
        <translation>Anteil der Antworten von Mitarbeitenden in Threads, die eine andere Abteilung begonnen hat</translation>
    </message>
    <message>
        <source>Mean tone of the staff&apos;s posts and replies, from -1 to 1</source>
        <translation>Mittlere Tonalität der Beiträge und Antworten der Mitarbeitenden, von -1 bis 1</translation>
    </message>
    <message>
        <source>Share of the staff active in social channels</source>
        <translation>Anteil der Mitarbeitenden, die in sozialen Kanälen aktiv sind</translation>
    </message>
    <message>
        <source>Reactions given per active member per 30 days</source>
        <translation>Abgegebene Reaktionen pro aktivem Mitglied und 30 Tage</translation>
    </message>
    <message>
        <source>Share of the staff&apos;s posts and replies with a celebration or humour marker</source>
        <translation>Anteil der Beiträge und Antworten der Mitarbeitenden mit einem Hinweis auf Feiern oder Humor</translation>
    </message>
    <message>
        <source>staff comments to leaders</source>
        <translation>Mitarbeiterkommentare an Führungskräfte</translation>
    </message>
    <message>
        <source>comments a leader answered</source>
        <translation>von einer Führungskraft beantwortete Kommentare</translation>
    </message>
    <message>
        <source>seven-day blocks</source>
        <translation>Sieben-Tage-Blöcke</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>member-months (staff × window / 30 days)</source>
        <translation>Mitglieder-Monate (Mitarbeitende × Zeitfenster / 30 Tage)</translation>
    </message>
    <message>
        <source>staff active in the window before</source>
        <translation>im vorigen Zeitfenster aktive Mitarbeitende</translation>
    </message>
    <message>
        <source>staff replies</source>
        <translation>Antworten von Mitarbeitenden</translation>
    </message>
    <message>
        <source>staff posts and replies</source>
        <translation>Beiträge und Antworten von Mitarbeitenden</translation>
    </message>
    <message>
        <source>active member-months (active staff × window / 30 days)</source>
        <translation>aktive Mitglieder-Monate (aktive Mitarbeitende × Zeitfenster / 30 Tage)</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Authentizität</translation>
    </message>
    <message>
        <source>Pride</source>
        <translation>Stolz</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Verbundenheit</translation>
    </message>
    <message>
        <source>Fun</source>
        <translation>Freude</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <source>Over the %1 days to %2.</source>
        <translation>In den %1 Tagen bis %2.</translation>
    </message>
    <message>
        <source>%1 on %2: no figures, %3</source>
        <translation>%1 am %2: keine Kennzahlen, %3</translation>
    </message>
    <message>
        <source>ECI down %1 points by %2</source>
        <translation>ECI bis %2 um %1 Punkte gesunken</translation>
    </message>
    <message>
        <source>%1 down %2 points by %3</source>
        <translation>%1 bis %3 um %2 Punkte gesunken</translation>
    </message>
    <message>
        <source>No ECI: nothing to measure in the window (no activity, or every signal thin)</source>
        <translation>Kein ECI: im Zeitfenster gibt es nichts zu messen (keine Aktivität, oder jedes Signal zu dünn)</translation>
    </message>
    <message>
        <source>Left out for lack of data: %1</source>
        <translation>Mangels Daten ausgelassen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The selection total leaves out %1 (fewer than %n staff).</source>
        <translation>
            <numerusform>Der Gesamtwert der Auswahl lässt %1 aus (weniger als %n Mitarbeitende).</numerusform>
            <numerusform>Der Gesamtwert der Auswahl lässt %1 aus (weniger als %n Mitarbeitende).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation total leaves out %1 (fewer than %n staff).</source>
        <translation>
            <numerusform>Der Gesamtwert der Organisation lässt %1 aus (weniger als %n Mitarbeitende).</numerusform>
            <numerusform>Der Gesamtwert der Organisation lässt %1 aus (weniger als %n Mitarbeitende).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selection total&apos;s tone leaves out %1 (fewer than %n authors).</source>
        <translation>
            <numerusform>Die Tonalität des Gesamtwerts der Auswahl lässt %1 aus (weniger als %n Verfassende).</numerusform>
            <numerusform>Die Tonalität des Gesamtwerts der Auswahl lässt %1 aus (weniger als %n Verfassende).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation total&apos;s tone leaves out %1 (fewer than %n authors).</source>
        <translation>
            <numerusform>Die Tonalität des Gesamtwerts der Organisation lässt %1 aus (weniger als %n Verfassende).</numerusform>
            <numerusform>Die Tonalität des Gesamtwerts der Organisation lässt %1 aus (weniger als %n Verfassende).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check needs exactly one database file: goodwill check FILE</source>
        <translation>check braucht genau eine Datenbankdatei: goodwill check DATEI</translation>
    </message>
    <message>
        <source>%1
  created by Goodwill: %2
  schema version: %3
  integrity: %4
</source>
        <translation>%1
  von Goodwill erstellt: %2
  Schemaversion: %3
  Integrität: %4
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>Probleme gefunden</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 weitere)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: %2%3</source>
        <translation>&apos;%1&apos; ist beschädigt: %2%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used: %2%3</source>
        <translation>&apos;%1&apos; kann nicht verwendet werden: %2%3</translation>
    </message>
</context>
<context>
    <name>ContentHash</name>
    <message>
        <source>cannot read table %1</source>
        <translation>Tabelle %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is empty: it has no header row</source>
        <translation>%1 ist leer: es gibt keine Kopfzeile</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text: save it as UTF-8 CSV</source>
        <translation>%1 ist UTF-16-Text: speichern Sie die Datei als UTF-8-CSV</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>a field is larger than 16 MiB</source>
        <translation>ein Feld ist größer als 16 MiB</translation>
    </message>
    <message>
        <source>a quote stands inside an unquoted field, or a quoted field is not closed</source>
        <translation>ein Anführungszeichen steht in einem Feld ohne Anführungszeichen, oder ein Feld in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>der Text ist kein gültiges UTF-8 (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>%1 has no column &apos;%2&apos; (its header row names the columns)</source>
        <translation>%1 hat keine Spalte &apos;%2&apos; (die Kopfzeile benennt die Spalten)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>DataTables</name>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>This run left no report.</source>
        <translation>Dieser Lauf hat keinen Bericht hinterlassen.</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sozial</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Q&amp;A</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation>&apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>in-memory database</source>
        <translation>In-Memory-Datenbank</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>&apos;%1&apos; ist keine Datei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Goodwill database (not an SQLite file)</source>
        <translation>&apos;%1&apos; ist keine Goodwill-Datenbank (keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged or not a database (%2)</source>
        <translation>&apos;%1&apos; ist beschädigt oder keine Datenbank (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a Goodwill activity database (it has no schema_version table)</source>
        <translation>&apos;%1&apos; ist eine SQLite-Datenbank, aber keine Goodwill-Aktivitätsdatenbank (sie hat keine Tabelle schema_version)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Goodwill (schema version %2; this version reads up to %3)</source>
        <translation>&apos;%1&apos; wurde von einer neueren Goodwill-Version geschrieben (Schemaversion %2; diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses schema version %2 and must be upgraded; open it for writing to upgrade it</source>
        <translation>&apos;%1&apos; verwendet Schemaversion %2 und muss aktualisiert werden; öffnen Sie die Datei zum Schreiben, um sie zu aktualisieren</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>&apos;%1&apos; is damaged (%2)</source>
        <translation>&apos;%1&apos; ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>no schema_version table: not a Goodwill activity database</source>
        <translation>keine Tabelle schema_version: keine Goodwill-Aktivitätsdatenbank</translation>
    </message>
    <message>
        <source>schema_version holds no row for version %1, so Goodwill cannot read it</source>
        <translation>schema_version enthält keine Zeile für Version %1, daher kann Goodwill die Datei nicht lesen</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Goodwill (%2)</source>
        <translation>Schemaversion %1 ist neuer als dieses Goodwill (%2)</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>Tabelle %1 fehlt</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Writes the demo organisation Brightwater to a new database.</source>
        <translation>Schreibt die Demo-Organisation Brightwater in eine neue Datenbank.</translation>
    </message>
    <message>
        <source>The database file to create.</source>
        <translation>Die zu erstellende Datenbankdatei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Number of people (default 1200).</source>
        <translation>Anzahl der Personen (Standard 1200).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Months of activity (default 24).</source>
        <translation>Monate mit Aktivität (Standard 24).</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Zufalls-Seed (Standard 42).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>demo needs --out FILE and takes no other arguments</source>
        <translation>demo braucht --out DATEI und nimmt keine weiteren Argumente</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &apos;%2&apos;</source>
        <translation>--%1 braucht eine ganze Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &apos;%1&apos;</source>
        <translation>--seed braucht eine ganze Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote %1: %2 people in %3 departments, %4 activities in %5 s (%6 activities/s)
</source>
        <translation>%1 geschrieben: %2 Personen in %3 Abteilungen, %4 Aktivitäten in %5 s (%6 Aktivitäten/s)
</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo generation was cancelled</source>
        <translation>Die Erstellung der Demo wurde abgebrochen</translation>
    </message>
    <message>
        <source>The demo needs between 200 and 1,000,000 people (asked for %1)</source>
        <translation>Die Demo braucht zwischen 200 und 1.000.000 Personen (angefordert: %1)</translation>
    </message>
    <message>
        <source>The demo covers between 1 and 120 months (asked for %1)</source>
        <translation>Die Demo umfasst zwischen 1 und 120 Monate (angefordert: %1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another file name or remove it first</source>
        <translation>&apos;%1&apos; existiert bereits; wählen Sie einen anderen Dateinamen oder entfernen Sie die Datei zuerst</translation>
    </message>
</context>
<context>
    <name>EngageExportReader</name>
    <message>
        <source>the id is empty</source>
        <translation>die id ist leer</translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is not a time</source>
        <translation>created_at &apos;%1&apos; ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is outside 1990-2100</source>
        <translation>created_at &apos;%1&apos; liegt außerhalb von 1990–2100</translation>
    </message>
    <message>
        <source>%1 holds no Messages.csv: it is not a Viva Engage network export</source>
        <translation>%1 enthält keine Messages.csv: es ist kein Netzwerkexport von Viva Engage</translation>
    </message>
    <message>
        <source>%1 has no Users.csv beside %2: export the network&apos;s users too</source>
        <translation>%1 hat keine Users.csv neben %2: exportieren Sie auch die Benutzer des Netzwerks</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) come from people missing from Users.csv: an export limited to a date range lists only the people who joined or left in that range; export all users</source>
        <translation>
            <numerusform>%n Nachricht stammt von einer Person, die in Users.csv fehlt: ein auf einen Zeitraum beschränkter Export führt nur die Personen auf, die in diesem Zeitraum beigetreten sind oder das Netzwerk verlassen haben; exportieren Sie alle Benutzer</numerusform>
            <numerusform>%n Nachrichten stammen von Personen, die in Users.csv fehlen: ein auf einen Zeitraum beschränkter Export führt nur die Personen auf, die in diesem Zeitraum beigetreten sind oder das Netzwerk verlassen haben; exportieren Sie alle Benutzer</numerusform>
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
        <translation>Fragen von Mitarbeitenden, die %1 Tage oder länger auf Ihre Antwort warten: %2. Die älteste wurde am %3 gestellt.</translation>
    </message>
    <message>
        <source>Staff questions to you asked in the period with no reply of yours in the thread since and not marked handled, waiting at least %1 days to the end of the data (engagement.question_wait_days).</source>
        <translation>Fragen von Mitarbeitenden an Sie, im Zeitraum gestellt, ohne Ihre Antwort im Thread seither und nicht als erledigt markiert, die bis zum Ende der Daten mindestens %1 Tage warten (engagement.question_wait_days).</translation>
    </message>
    <message>
        <source>Departments with at least %1 staff whose staff wrote to you in the period (replies in your threads, messages naming you) and had no reply of yours to one of them, message of yours naming one or recognition of one in the %2 weeks to %3 (engagement.silent_weeks).</source>
        <translation>Abteilungen mit mindestens %1 Mitarbeitenden, deren Mitarbeitende Ihnen im Zeitraum geschrieben haben (Antworten in Ihren Threads, Nachrichten, die Sie nennen) und die in den %2 Wochen bis %3 weder eine Antwort von Ihnen an eine dieser Personen noch eine Nachricht von Ihnen, die eine davon nennt, noch eine Anerkennung einer davon erhalten haben (engagement.silent_weeks).</translation>
    </message>
    <message>
        <source>Nobody in %1 has heard from you in %2 weeks, though they wrote to you in this period.</source>
        <translation>Niemand in %1 hat seit %2 Wochen von Ihnen gehört, obwohl man Ihnen in diesem Zeitraum geschrieben hat.</translation>
    </message>
    <message>
        <source>Nobody in %1 has heard from you in this data, though they wrote to you in this period.</source>
        <translation>Niemand in %1 hat in diesen Daten von Ihnen gehört, obwohl man Ihnen in diesem Zeitraum geschrieben hat.</translation>
    </message>
    <message>
        <source>Other departments that wrote to you and have not heard from you in %1 weeks or more: %2.</source>
        <translation>Weitere Abteilungen, die Ihnen geschrieben und seit %1 Wochen oder länger nichts von Ihnen gehört haben: %2.</translation>
    </message>
    <message>
        <source>Departments with at least %1 staff on %2 in which no leader recognised anyone in the %3 days to %2 (engagement.not_recognised_days).</source>
        <translation>Abteilungen mit mindestens %1 Mitarbeitenden am %2, in denen in den %3 Tagen bis %2 keine Führungskraft jemanden anerkannt hat (engagement.not_recognised_days).</translation>
    </message>
    <message>
        <source>No leader has recognised anyone in %1 in the last %2 days: a recognition from you would be the first.</source>
        <translation>Keine Führungskraft hat in den letzten %2 Tagen jemanden in %1 anerkannt: eine Anerkennung von Ihnen wäre die erste.</translation>
    </message>
    <message>
        <source>Other departments no leader has recognised in the last %1 days: %2.</source>
        <translation>Weitere Abteilungen, die in den letzten %1 Tagen keine Führungskraft anerkannt hat: %2.</translation>
    </message>
    <message>
        <source>Your reply rate rose from %1 (%2) to %3 (%4): keep it up.</source>
        <translation>Ihre Antwortquote ist von %1 (%2) auf %3 (%4) gestiegen: weiter so.</translation>
    </message>
    <message>
        <source>Your reply rate fell from %1 (%2) to %3 (%4).</source>
        <translation>Ihre Antwortquote ist von %1 (%2) auf %3 (%4) gesunken.</translation>
    </message>
    <message>
        <source>The reply rate of the last period with staff comments to you against the period before it with any, when it moved by at least %1 points (engagement.reply_rate_change_points).</source>
        <translation>Die Antwortquote des letzten Zeitraums mit Mitarbeiterkommentaren an Sie im Vergleich zum letzten davorliegenden Zeitraum mit solchen Kommentaren, wenn sie sich um mindestens %1 Punkte verändert hat (engagement.reply_rate_change_points).</translation>
    </message>
    <message>
        <source>You posted %1 times a week; your goal is %2. About %3 more posts a week would meet it.</source>
        <translation>Sie haben %1-mal pro Woche gepostet; Ihr Ziel ist %2. Etwa %3 Beiträge mehr pro Woche würden es erreichen.</translation>
    </message>
    <message>
        <source>You replied %1 times a week; your goal is %2. About %3 more replies a week would meet it.</source>
        <translation>Sie haben %1-mal pro Woche geantwortet; Ihr Ziel ist %2. Etwa %3 Antworten mehr pro Woche würden es erreichen.</translation>
    </message>
    <message>
        <source>You recognised someone %1 times a week; your goal is %2. About %3 more recognitions a week would meet it.</source>
        <translation>Sie haben %1-mal pro Woche jemanden anerkannt; Ihr Ziel ist %2. Etwa %3 Anerkennungen mehr pro Woche würden es erreichen.</translation>
    </message>
    <message>
        <source>%1 in the period (%2) divided by its weeks (%3 days / 7), against your goal of %4 a week (set on this page).</source>
        <translation>%1 im Zeitraum (%2) geteilt durch seine Wochen (%3 Tage / 7), verglichen mit Ihrem Ziel von %4 pro Woche (auf dieser Seite festgelegt).</translation>
    </message>
    <message>
        <source>%1 in the period (%2) divided by its weeks (%3 days / 7), against your goal of %4 a week (goals in the model file).</source>
        <translation>%1 im Zeitraum (%2) geteilt durch seine Wochen (%3 Tage / 7), verglichen mit Ihrem Ziel von %4 pro Woche (Ziele aus der Modelldatei).</translation>
    </message>
    <message>
        <source>People who wrote to you or responded to your posts in the last %1 days and have had no recognition from you in that time: %2.</source>
        <translation>Personen, die Ihnen geschrieben oder auf Ihre Beiträge reagiert haben und in den letzten %1 Tagen keine Anerkennung von Ihnen erhalten haben: %2.</translation>
    </message>
    <message>
        <source>Staff who replied or reacted to your posts, or wrote a comment to you, in the %1 days to %2, and whom you did not recognise in them (engagement.not_recognised_days).</source>
        <translation>Mitarbeitende, die in den %1 Tagen bis %2 auf Ihre Beiträge geantwortet oder reagiert oder Ihnen einen Kommentar geschrieben haben und die Sie in diesem Zeitraum nicht anerkannt haben (engagement.not_recognised_days).</translation>
    </message>
    <message>
        <source>Observer: fewer than %1 posts and replies per 4 weeks (you: %2).</source>
        <translation>Beobachter: weniger als %1 Beiträge und Antworten pro 4 Wochen (Sie: %2).</translation>
    </message>
    <message>
        <source>Broadcaster: under %1 of your messages are replies (you: %2).</source>
        <translation>Verkünder: weniger als %1 Ihrer Nachrichten sind Antworten (Sie: %2).</translation>
    </message>
    <message>
        <source>Responder: over %1 of your messages are replies (you: %2).</source>
        <translation>Antwortgeber: mehr als %1 Ihrer Nachrichten sind Antworten (Sie: %2).</translation>
    </message>
    <message>
        <source>Catalyst: your posts draw %1 staff responses each, at least %2 times the leaders&apos; median of %3, and at most %4 of your messages are replies.</source>
        <translation>Katalysator: Ihre Beiträge erhalten je %1 Rückmeldungen von Mitarbeitenden, mindestens das %2-Fache des Medians der Führungskräfte von %3, und höchstens %4 Ihrer Nachrichten sind Antworten.</translation>
    </message>
    <message>
        <source>Engager: a mix of posts and replies (%1 of your messages are replies).</source>
        <translation>Dialogpartner: eine Mischung aus Beiträgen und Antworten (%1 Ihrer Nachrichten sind Antworten).</translation>
    </message>
    <message>
        <source>Posts or replies that would take you to %1 per 4 weeks, out of Observer: %2 more in this period.</source>
        <translation>Beiträge oder Antworten, mit denen Sie %1 pro 4 Wochen erreichen und kein Beobachter mehr sind: %2 mehr in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Replies to staff that would bring your replies to %1 of your messages (an Engager, or a Catalyst if your posts draw enough responses): %2 more in this period.</source>
        <translation>Antworten an Mitarbeitende, mit denen Ihre Antworten %1 Ihrer Nachrichten ausmachen (Dialogpartner, oder Katalysator, wenn Ihre Beiträge genug Rückmeldungen erhalten): %2 mehr in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Posts of your own that would bring your replies to %1 of your messages or fewer (an Engager, or a Catalyst if your posts draw enough responses): %2 more in this period.</source>
        <translation>Eigene Beiträge, mit denen Ihre Antworten höchstens %1 Ihrer Nachrichten ausmachen (Dialogpartner, oder Katalysator, wenn Ihre Beiträge genug Rückmeldungen erhalten): %2 mehr in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>A Catalyst&apos;s posts draw at least %1 staff responses each (%2 times the leaders&apos; median); yours draw %3.</source>
        <translation>Die Beiträge eines Katalysators erhalten je mindestens %1 Rückmeldungen von Mitarbeitenden (das %2-Fache des Medians der Führungskräfte); Ihre erhalten %3.</translation>
    </message>
    <message>
        <source>Posts of your own that would bring your replies to %1 of your messages: %2 more.</source>
        <translation>Eigene Beiträge, mit denen Ihre Antworten %1 Ihrer Nachrichten ausmachen: %2 mehr.</translation>
    </message>
    <message>
        <source>Keep starting conversations: a Catalyst stays one while the posts draw at least %1 staff responses each.</source>
        <translation>Stoßen Sie weiter Gespräche an: Katalysator bleibt, wessen Beiträge je mindestens %1 Rückmeldungen von Mitarbeitenden erhalten.</translation>
    </message>
</context>
<context>
    <name>EngagementReport</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Staff member (%1)</source>
        <translation>Mitarbeiter/in (%1)</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>My engagement: %1</source>
        <translation>Mein Engagement: %1</translation>
    </message>
    <message>
        <source>Cadence against goals</source>
        <translation>Rhythmus und Ziele</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>%1 short of %2</source>
        <translation>noch %1 bis %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>Im Zeitraum</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Goal a week</source>
        <translation>Ziel pro Woche</translation>
    </message>
    <message>
        <source>Over the period</source>
        <translation>Über den Zeitraum</translation>
    </message>
    <message>
        <source>%1 days, %2 weeks; your own goals, set on the My engagement page.</source>
        <translation>%1 Tage, %2 Wochen; Ihre eigenen Ziele, festgelegt auf der Seite „Mein Engagement“.</translation>
    </message>
    <message>
        <source>%1 days, %2 weeks; the goals are the model file&apos;s.</source>
        <translation>%1 Tage, %2 Wochen; die Ziele stammen aus der Modelldatei.</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>Among leaders</source>
        <translation>Unter Führungskräften</translation>
    </message>
    <message>
        <source>Your percentile among leaders (50 is the middle; only your own place is shown)</source>
        <translation>Ihr Perzentil unter den Führungskräften (50 ist die Mitte; nur Ihre eigene Position wird gezeigt)</translation>
    </message>
    <message>
        <source>Reply rate and time to first reply</source>
        <translation>Antwortquote und Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>Beantwortet (%)</translation>
    </message>
    <message>
        <source>Share of staff comments to you answered within %1 h, per period</source>
        <translation>Anteil der Mitarbeiterkommentare an Sie, die innerhalb von %1 h beantwortet wurden, pro Periode</translation>
    </message>
    <message>
        <source>Median hours to first reply</source>
        <translation>Stunden (Median)</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to your first reply, per period</source>
        <translation>Median der Stunden von einem Mitarbeiterkommentar bis zu Ihrer ersten Antwort, pro Periode</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Pro Periode</translation>
    </message>
    <message>
        <source>Unanswered staff questions</source>
        <translation>Unbeantwortete Mitarbeiterfragen</translation>
    </message>
    <message>
        <source>Staff questions to you asked in the period with no reply of yours in the thread since, oldest first: %1 open, %2 marked handled (left out). Waiting is counted to the end of the data (%3).</source>
        <translation>Fragen von Mitarbeitenden an Sie, im Zeitraum gestellt, ohne Ihre Antwort im Thread seither, älteste zuerst: %1 offen, %2 als erledigt markiert (ausgelassen). Die Wartezeit wird bis zum Ende der Daten gezählt (%3).</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(keine Abteilung)</translation>
    </message>
    <message>
        <source>Asked (UTC)</source>
        <translation>Gefragt (UTC)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>The oldest %1 of %2.</source>
        <translation>Die ältesten %1 von %2.</translation>
    </message>
    <message>
        <source>Not recognised in the last %1 days</source>
        <translation>In den letzten %1 Tagen nicht anerkannt</translation>
    </message>
    <message>
        <source>From %1 to %2. Departments with fewer than %3 staff are not listed.</source>
        <translation>Vom %1 bis %2. Abteilungen mit weniger als %3 Mitarbeitenden werden nicht aufgeführt.</translation>
    </message>
    <message>
        <source>You recognised someone in every department listed.</source>
        <translation>Sie haben in jeder aufgeführten Abteilung jemanden anerkannt.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Last wrote to you</source>
        <translation>Schrieb Ihnen zuletzt</translation>
    </message>
    <message>
        <source>Your last recognition</source>
        <translation>Ihre letzte Anerkennung</translation>
    </message>
    <message>
        <source>People who wrote to you or responded to your posts in the window (%1 in all), by department and name.</source>
        <translation>Personen, die Ihnen im Zeitfenster geschrieben oder auf Ihre Beiträge reagiert haben (insgesamt %1), nach Abteilung und Name.</translation>
    </message>
    <message>
        <source>Best-received posts</source>
        <translation>Am besten aufgenommene Beiträge</translation>
    </message>
    <message>
        <source>None of your posts in the period drew a staff response.</source>
        <translation>Keiner Ihrer Beiträge im Zeitraum hat eine Rückmeldung von Mitarbeitenden erhalten.</translation>
    </message>
    <message>
        <source>Staff responses in each post&apos;s thread; tone only when at least %1 people replied</source>
        <translation>Rückmeldungen von Mitarbeitenden im Thread jedes Beitrags; Tonalität nur, wenn mindestens %1 Personen geantwortet haben</translation>
    </message>
    <message>
        <source>Nudges</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <source>Nothing to nudge you about in this period.</source>
        <translation>In diesem Zeitraum gibt es keinen Anlass für einen Impuls.</translation>
    </message>
</context>
<context>
    <name>ExportArchive</name>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read (the ZIP file is damaged or truncated): %2</source>
        <translation>%1 kann nicht gelesen werden (die ZIP-Datei ist beschädigt oder abgeschnitten): %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>&apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an empty folder: there is nothing to import</source>
        <translation>&apos;%1&apos; ist ein leerer Ordner: es gibt nichts zu importieren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an empty ZIP file: there is nothing to import</source>
        <translation>&apos;%1&apos; ist eine leere ZIP-Datei: es gibt nichts zu importieren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty: there is nothing to import</source>
        <translation>&apos;%1&apos; ist leer: es gibt nichts zu importieren</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a readable ZIP file (truncated or damaged): %2</source>
        <translation>&apos;%1&apos; ist keine lesbare ZIP-Datei (abgeschnitten oder beschädigt): %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a readable ZIP file: entry %2 cannot be read</source>
        <translation>&apos;%1&apos; ist keine lesbare ZIP-Datei: Eintrag %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds an entry with an unsafe path (&apos;%2&apos;); nothing was imported</source>
        <translation>&apos;%1&apos; enthält einen Eintrag mit unsicherem Pfad (&apos;%2&apos;); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: entry &apos;%2&apos; would inflate %3 bytes from %4 (a ZIP bomb?); nothing was imported</source>
        <translation>&apos;%1&apos;: Eintrag &apos;%2&apos; würde %3 Bytes aus %4 entpacken (eine ZIP-Bombe?); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would inflate to more than %2 bytes from %3 (a ZIP bomb?); nothing was imported</source>
        <translation>&apos;%1&apos; würde aus %3 auf mehr als %2 Bytes entpacken (eine ZIP-Bombe?); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1 is too large to read (%2 bytes; at most %3)</source>
        <translation>%1 ist zu groß zum Lesen (%2 Bytes; höchstens %3)</translation>
    </message>
    <message>
        <source>%1 ended after %2 of %3 bytes (truncated?)</source>
        <translation>%1 endet nach %2 von %3 Bytes (abgeschnitten?)</translation>
    </message>
    <message>
        <source>%1 cannot be opened (the ZIP file is damaged or truncated): %2</source>
        <translation>%1 kann nicht geöffnet werden (die ZIP-Datei ist beschädigt oder abgeschnitten): %2</translation>
    </message>
</context>
<context>
    <name>ExportReader</name>
    <message>
        <source>The import was cancelled</source>
        <translation>Der Import wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>FigureEvidence</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No such department.</source>
        <translation>Diese Abteilung gibt es nicht.</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>weight %1; %2</source>
        <translation>Gewicht %1; %2</translation>
    </message>
    <message>
        <source>The weighted mean of the pillar&apos;s signals that have a value and are not thin.</source>
        <translation>Der gewichtete Mittelwert der Signale der Säule, die einen Wert haben und nicht zu dünn sind.</translation>
    </message>
    <message>
        <source>left out: hidden by the privacy rules</source>
        <translation>ausgelassen: durch die Datenschutzregeln ausgeblendet</translation>
    </message>
    <message>
        <source>left out: nothing to measure</source>
        <translation>ausgelassen: nichts zu messen</translation>
    </message>
    <message>
        <source>left out: thin</source>
        <translation>ausgelassen: zu dünn</translation>
    </message>
    <message>
        <source>The weighted mean of the available pillars, the weights renormalised over them.</source>
        <translation>Der gewichtete Mittelwert der verfügbaren Säulen, die Gewichte über diese neu normiert.</translation>
    </message>
    <message>
        <source>left out: no signal available</source>
        <translation>ausgelassen: kein Signal verfügbar</translation>
    </message>
    <message>
        <source>The staff in the department on the day (by the roster); leaders, guests and bots are not counted.</source>
        <translation>Die Mitarbeitenden der Abteilung an diesem Tag (laut Personalliste); Führungskräfte, Gäste und Bots werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Smallest group shown (k)</source>
        <translation>Kleinste angezeigte Gruppe (k)</translation>
    </message>
    <message>
        <source>Showing the latest %1 of %2.</source>
        <translation>Angezeigt werden die neuesten %1 von %2.</translation>
    </message>
    <message>
        <source>The figures are not loaded yet.</source>
        <translation>Die Kennzahlen sind noch nicht geladen.</translation>
    </message>
    <message>
        <source>There is no data in the chosen dates.</source>
        <translation>Im gewählten Zeitraum gibt es keine Daten.</translation>
    </message>
    <message>
        <source>No such leader.</source>
        <translation>Diese Führungskraft gibt es nicht.</translation>
    </message>
    <message>
        <source>Nothing to open.</source>
        <translation>Nichts zu öffnen.</translation>
    </message>
    <message>
        <source>No such signal.</source>
        <translation>Dieses Signal gibt es nicht.</translation>
    </message>
    <message>
        <source>Tone is hidden: fewer than %1 of the staff wrote in the window, and a tone from so few messages could point to their authors.</source>
        <translation>Die Tonalität ist ausgeblendet: weniger als %1 der Mitarbeitenden haben im Zeitfenster geschrieben, und eine Tonalität aus so wenigen Nachrichten könnte auf ihre Verfasser schließen lassen.</translation>
    </message>
    <message>
        <source>No such pillar.</source>
        <translation>Diese Säule gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>FigureTitle</name>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Replies to staff</source>
        <translation>Antworten an Mitarbeitende</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Anerkannte Personen</translation>
    </message>
    <message>
        <source>Departments recognised</source>
        <translation>Anerkannte Abteilungen</translation>
    </message>
    <message>
        <source>Staff comments</source>
        <translation>Mitarbeiterkommentare</translation>
    </message>
    <message>
        <source>Answered comments</source>
        <translation>Beantwortete Kommentare</translation>
    </message>
    <message>
        <source>Staff questions</source>
        <translation>Mitarbeiterfragen</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Responses received</source>
        <translation>Erhaltene Rückmeldungen</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>Answered-question rate</source>
        <translation>Quote beantworteter Fragen</translation>
    </message>
    <message>
        <source>Median time to first reply</source>
        <translation>Median der Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Dialogquote</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Aktive Wochen</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Selection (%1)</source>
        <translation>Auswahl (%1)</translation>
    </message>
    <message>
        <source>%1 of %2, %3 – %4</source>
        <translation>%1 von %2, %3 – %4</translation>
    </message>
    <message>
        <source>%1 (%2) of %3, the %4 days to %5</source>
        <translation>%1 (%2) von %3, die %4 Tage bis %5</translation>
    </message>
    <message>
        <source>%1 of %2 on %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <source>Emotional capital (ECI) of %1 on %2</source>
        <translation>Emotionales Kapital (ECI) von %1 am %2</translation>
    </message>
    <message>
        <source>Staff of %1 on %2</source>
        <translation>Mitarbeitende von %1 am %2</translation>
    </message>
</context>
<context>
    <name>HandledQuestions</name>
    <message>
        <source>&apos;%1&apos; was not created by Goodwill, so it is only ever read: questions cannot be marked handled in it.</source>
        <translation>&apos;%1&apos; wurde nicht von Goodwill erstellt und wird daher nur gelesen: Fragen können darin nicht als erledigt markiert werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only (the file cannot be written), so questions cannot be marked handled in it.</source>
        <translation>&apos;%1&apos; ist schreibgeschützt (die Datei kann nicht geschrieben werden), daher können Fragen darin nicht als erledigt markiert werden.</translation>
    </message>
    <message>
        <source>cannot read the questions marked handled</source>
        <translation>die als erledigt markierten Fragen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports exports (Slack, Viva Engage, Mattermost, Teams, Goodwill CSV/JSONL) and a roster into a Goodwill database, all or nothing.</source>
        <translation>Importiert Exporte (Slack, Viva Engage, Mattermost, Teams, Goodwill-CSV/JSONL) und eine Personalliste in eine Goodwill-Datenbank, ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>The database to import into (created when missing).</source>
        <translation>Die Datenbank, in die importiert wird (wird angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A roster CSV with departments, applied after the sources.</source>
        <translation>Eine Personalliste als CSV mit Abteilungen, angewendet nach den Quellen.</translation>
    </message>
    <message>
        <source>auto (default), slack, engage, mattermost, teams, csv or jsonl.</source>
        <translation>auto (Standard), slack, engage, mattermost, teams, csv oder jsonl.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Slack: the id of the custom profile field holding the department.</source>
        <translation>Slack: die ID des benutzerdefinierten Profilfelds, das die Abteilung enthält.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Also write the report as JSON to this file.</source>
        <translation>Den Bericht zusätzlich als JSON in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Export files or folders.</source>
        <translation>Exportdateien oder -ordner.</translation>
    </message>
    <message>
        <source>import needs at least one SOURCE (or --roster) and --into FILE</source>
        <translation>import braucht mindestens eine QUELLE (oder --roster) und --into DATEI</translation>
    </message>
    <message>
        <source>--format takes auto, slack, engage, mattermost, teams, csv or jsonl, not &apos;%1&apos;</source>
        <translation>--format akzeptiert auto, slack, engage, mattermost, teams, csv oder jsonl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the import succeeded, but the report cannot be written to &apos;%1&apos;: %2</source>
        <translation>der Import war erfolgreich, aber der Bericht kann nicht nach &apos;%1&apos; geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>Unknown format</source>
        <translation>Unbekanntes Format</translation>
    </message>
    <message>
        <source>Slack workspace export</source>
        <translation>Slack-Workspace-Export</translation>
    </message>
    <message>
        <source>Viva Engage network export</source>
        <translation>Viva-Engage-Netzwerkexport</translation>
    </message>
    <message>
        <source>Mattermost bulk export</source>
        <translation>Mattermost-Massenexport</translation>
    </message>
    <message>
        <source>Microsoft Teams messages (Graph JSON)</source>
        <translation>Microsoft-Teams-Nachrichten (Graph-JSON)</translation>
    </message>
    <message>
        <source>Goodwill activity CSV</source>
        <translation>Goodwill-Aktivitäts-CSV</translation>
    </message>
    <message>
        <source>Goodwill activity JSONL</source>
        <translation>Goodwill-Aktivitäts-JSONL</translation>
    </message>
    <message>
        <source>Roster CSV</source>
        <translation>Personalliste (CSV)</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <source>missing parent</source>
        <translation>fehlende übergeordnete Nachricht</translation>
    </message>
    <message>
        <source>system message</source>
        <translation>Systemnachricht</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Added: %1 posts, %2 replies, %3 reactions, %4 recognitions</source>
        <translation>Hinzugefügt: %1 Beiträge, %2 Antworten, %3 Reaktionen, %4 Anerkennungen</translation>
    </message>
    <message>
        <source>New people: %1, new channels: %2</source>
        <translation>Neue Personen: %1, neue Kanäle: %2</translation>
    </message>
    <message>
        <source>Roster: %1 stints</source>
        <translation>Personalliste: %1 Zuordnungszeiträume</translation>
    </message>
    <message>
        <source>Activity from %1 to %2 (UTC)</source>
        <translation>Aktivität vom %1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ImportSink</name>
    <message>
        <source>the %1 is %2 MiB long; a value may hold at most %3 MiB</source>
        <translation>Das Feld %1 ist %2 MiB lang; ein Wert darf höchstens %3 MiB umfassen</translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation>die Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>internal: a source began before the previous one finished</source>
        <translation>intern: eine Quelle wurde begonnen, bevor die vorige abgeschlossen war</translation>
    </message>
    <message>
        <source>a person without an id</source>
        <translation>eine Person ohne ID</translation>
    </message>
    <message>
        <source>person&apos;s id</source>
        <translation>ID der Person</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Jobtitel</translation>
    </message>
    <message>
        <source>department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>a channel without an id</source>
        <translation>ein Kanal ohne ID</translation>
    </message>
    <message>
        <source>channel&apos;s id</source>
        <translation>ID des Kanals</translation>
    </message>
    <message>
        <source>channel&apos;s name</source>
        <translation>Name des Kanals</translation>
    </message>
    <message>
        <source>the time %1 is out of range (1990 to 2100)</source>
        <translation>die Zeit %1 liegt außerhalb des zulässigen Bereichs (1990 bis 2100)</translation>
    </message>
    <message>
        <source>a message without an id</source>
        <translation>eine Nachricht ohne ID</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>parent id</source>
        <translation>übergeordnete ID</translation>
    </message>
    <message>
        <source>thread id</source>
        <translation>Thread-ID</translation>
    </message>
    <message>
        <source>emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; appears twice</source>
        <translation>die ID &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>a roster row without an e-mail</source>
        <translation>eine Zeile der Personalliste ohne E-Mail</translation>
    </message>
    <message>
        <source>internal: no source was begun</source>
        <translation>intern: es wurde keine Quelle begonnen</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>&apos;%1&apos;: the format was not recognised (Slack, Viva Engage, Mattermost, Teams, Goodwill CSV or JSONL, roster CSV); choose the format (--format on the command line)</source>
        <translation>&apos;%1&apos;: das Format wurde nicht erkannt (Slack, Viva Engage, Mattermost, Teams, Goodwill-CSV oder -JSONL, Personalliste als CSV); wählen Sie das Format (in der Befehlszeile mit --format)</translation>
    </message>
    <message>
        <source>no temporary folder for the preview: %1</source>
        <translation>kein temporärer Ordner für die Vorschau: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not created by Goodwill and is only read, never changed; import into a new file instead</source>
        <translation>&apos;%1&apos; wurde nicht von Goodwill erstellt und wird nur gelesen, nie geändert; importieren Sie stattdessen in eine neue Datei</translation>
    </message>
    <message>
        <source>nothing to import: name an export or a roster</source>
        <translation>nichts zu importieren: geben Sie einen Export oder eine Personalliste an</translation>
    </message>
    <message>
        <source>no target database: name one with --into</source>
        <translation>keine Zieldatenbank: geben Sie eine mit --into an</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 cannot be imported yet</source>
        <translation>&apos;%1&apos;: %2 kann noch nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>KeyRun</name>
    <message>
        <source>cannot use the import&apos;s temporary key file in %1: %2</source>
        <translation>die temporäre Schlüsseldatei des Imports in %1 ist nicht nutzbar: %2</translation>
    </message>
</context>
<context>
    <name>LeaderEngagement</name>
    <message>
        <source>No data is open.</source>
        <translation>Es sind keine Daten geöffnet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the person asked for is not a leader of this data, or the period is empty.</source>
        <translation>&apos;%1&apos;: die angefragte Person ist keine Führungskraft in diesen Daten, oder der Zeitraum ist leer.</translation>
    </message>
</context>
<context>
    <name>LeaderEvidence</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A leader&apos;s figures are their own: the staff who wrote to them are named, as in their threads.</source>
        <translation>Die Kennzahlen einer Führungskraft gehören ihr selbst: die Mitarbeitenden, die ihr geschrieben haben, werden genannt, wie in ihren Threads.</translation>
    </message>
    <message>
        <source>to %1 (staff)</source>
        <translation>an %1 (Mitarbeitende)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>The leader&apos;s posts in the period.</source>
        <translation>Die Beiträge der Führungskraft im Zeitraum.</translation>
    </message>
    <message>
        <source>The leader&apos;s posts</source>
        <translation>Die Beiträge der Führungskraft</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>The leader&apos;s replies in the period.</source>
        <translation>Die Antworten der Führungskraft im Zeitraum.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies</source>
        <translation>Die Antworten der Führungskraft</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>The leader&apos;s replies whose parent message is by a staff member.</source>
        <translation>Die Antworten der Führungskraft, deren übergeordnete Nachricht von Mitarbeitenden stammt.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies (counted: to staff)</source>
        <translation>Die Antworten der Führungskraft (gezählt: an Mitarbeitende)</translation>
    </message>
    <message>
        <source>Replies to staff</source>
        <translation>Antworten an Mitarbeitende</translation>
    </message>
    <message>
        <source>Replies / (posts + replies).</source>
        <translation>Antworten / (Beiträge + Antworten).</translation>
    </message>
    <message>
        <source>The leader&apos;s posts and replies (counted: replies)</source>
        <translation>Die Beiträge und Antworten der Führungskraft (gezählt: Antworten)</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Dialogquote</translation>
    </message>
    <message>
        <source>Observer: fewer than %1 posts + replies per 4 weeks; else Broadcaster: conversation ratio &lt; %2; else Responder: ratio &gt; %3; else Catalyst: staff responses per post at least %4 times the median over leaders who posted, ratio ≤ %5; else Engager. The first match wins, in that order.</source>
        <translation>Beobachter: weniger als %1 Beiträge + Antworten pro 4 Wochen; sonst Verkünder: Dialogquote &lt; %2; sonst Antwortgeber: Quote &gt; %3; sonst Katalysator: Rückmeldungen von Mitarbeitenden pro Beitrag mindestens das %4-Fache des Medians der Führungskräfte, die gepostet haben, Quote ≤ %5; sonst Dialogpartner. Der erste Treffer in dieser Reihenfolge gilt.</translation>
    </message>
    <message>
        <source>The leader&apos;s posts and replies</source>
        <translation>Die Beiträge und Antworten der Führungskraft</translation>
    </message>
    <message>
        <source>Posts + replies per 4 weeks</source>
        <translation>Beiträge + Antworten pro 4 Wochen</translation>
    </message>
    <message>
        <source>Staff responses received</source>
        <translation>Erhaltene Rückmeldungen von Mitarbeitenden</translation>
    </message>
    <message>
        <source>Staff responses per post</source>
        <translation>Rückmeldungen von Mitarbeitenden pro Beitrag</translation>
    </message>
    <message>
        <source>Median responses per post over leaders who posted</source>
        <translation>Median der Rückmeldungen pro Beitrag unter den Führungskräften, die gepostet haben</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>recognises %1</source>
        <translation>erkennt %1 an</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions</source>
        <translation>Die Anerkennungen der Führungskraft</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions in the period (an activity that names or marks someone and is a recognition by the rules of docs/model.md section 1).</source>
        <translation>Die Anerkennungen der Führungskraft im Zeitraum (eine Aktivität, die jemanden nennt oder markiert und nach den Regeln in docs/model.md, Abschnitt 1, eine Anerkennung ist).</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Anerkannte Personen</translation>
    </message>
    <message>
        <source>Distinct people the leader&apos;s recognitions named.</source>
        <translation>Verschiedene Personen, die in den Anerkennungen der Führungskraft genannt wurden.</translation>
    </message>
    <message>
        <source>Departments recognised</source>
        <translation>Anerkannte Abteilungen</translation>
    </message>
    <message>
        <source>Distinct departments of the people the leader recognised, each person&apos;s department on the day.</source>
        <translation>Verschiedene Abteilungen der von der Führungskraft anerkannten Personen, jeweils die Abteilung der Person an diesem Tag.</translation>
    </message>
    <message>
        <source>no later reply from the leader in the thread</source>
        <translation>keine spätere Antwort der Führungskraft im Thread</translation>
    </message>
    <message>
        <source>answered after %1 h</source>
        <translation>beantwortet nach %1 h</translation>
    </message>
    <message>
        <source>answered after %1 h: later than %2 h</source>
        <translation>beantwortet nach %1 h: später als %2 h</translation>
    </message>
    <message>
        <source>question; %1</source>
        <translation>Frage; %1</translation>
    </message>
    <message>
        <source>Staff questions to the leader</source>
        <translation>Mitarbeiterfragen an die Führungskraft</translation>
    </message>
    <message>
        <source>Staff comments to the leader</source>
        <translation>Mitarbeiterkommentare an die Führungskraft</translation>
    </message>
    <message>
        <source>Staff questions</source>
        <translation>Mitarbeiterfragen</translation>
    </message>
    <message>
        <source>Staff comments</source>
        <translation>Mitarbeiterkommentare</translation>
    </message>
    <message>
        <source>In threads the leader started</source>
        <translation>In Threads, die die Führungskraft begonnen hat</translation>
    </message>
    <message>
        <source>Naming the leader elsewhere</source>
        <translation>Anderswo mit Nennung der Führungskraft</translation>
    </message>
    <message>
        <source>Staff comments to the leader that are questions (a question mark outside links and code, or any staff post in a Q&amp;A channel).</source>
        <translation>Mitarbeiterkommentare an die Führungskraft, die Fragen sind (ein Fragezeichen außerhalb von Links und Code oder ein beliebiger Beitrag von Mitarbeitenden in einem Q&amp;A-Kanal).</translation>
    </message>
    <message>
        <source>Staff replies in threads the leader started, plus staff posts and replies that mention the leader; one message counts once.</source>
        <translation>Antworten von Mitarbeitenden in Threads, die die Führungskraft begonnen hat, sowie Beiträge und Antworten von Mitarbeitenden, die die Führungskraft erwähnen; jede Nachricht zählt einmal.</translation>
    </message>
    <message>
        <source>The median of the hours from each staff comment to the leader&apos;s first later reply in its thread, over the comments answered at all.</source>
        <translation>Der Median der Stunden von jedem Mitarbeiterkommentar bis zur ersten späteren Antwort der Führungskraft in seinem Thread, über alle überhaupt beantworteten Kommentare.</translation>
    </message>
    <message>
        <source>Answered at all</source>
        <translation>Überhaupt beantwortet</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Reply window</source>
        <translation>Antwortfenster</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>Answered comments</source>
        <translation>Beantwortete Kommentare</translation>
    </message>
    <message>
        <source>The share of the staff %1 followed by a reply of the leader in the same thread within %2 h.</source>
        <translation>Der Anteil der %1 von Mitarbeitenden, auf die innerhalb von %2 h eine Antwort der Führungskraft im selben Thread folgte.</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Staff %1 followed by a reply of the leader in the same thread within %2 h.</source>
        <translation>%1 von Mitarbeitenden, auf die innerhalb von %2 h eine Antwort der Führungskraft im selben Thread folgte.</translation>
    </message>
    <message>
        <source>first response of this person</source>
        <translation>erste Rückmeldung dieser Person</translation>
    </message>
    <message>
        <source>Staff replies and reactions on the leader&apos;s posts</source>
        <translation>Antworten und Reaktionen von Mitarbeitenden auf die Beiträge der Führungskraft</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Distinct staff</source>
        <translation>Verschiedene Mitarbeitende</translation>
    </message>
    <message>
        <source>Distinct staff who replied or reacted to the leader&apos;s posts in the period.</source>
        <translation>Verschiedene Mitarbeitende, die im Zeitraum auf die Beiträge der Führungskraft geantwortet oder reagiert haben.</translation>
    </message>
    <message>
        <source>Staff replies and reactions on the leader&apos;s posts.</source>
        <translation>Antworten und Reaktionen von Mitarbeitenden auf die Beiträge der Führungskraft.</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>The share of seven-day blocks, counted from the first day of the period, with a post, reply or recognition of the leader.</source>
        <translation>Der Anteil der Sieben-Tage-Blöcke, gezählt ab dem ersten Tag des Zeitraums, mit einem Beitrag, einer Antwort oder einer Anerkennung der Führungskraft.</translation>
    </message>
    <message>
        <source>The leader&apos;s posts, replies and recognitions</source>
        <translation>Die Beiträge, Antworten und Anerkennungen der Führungskraft</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Aktive Wochen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>No leader figure called &quot;%1&quot;.</source>
        <translation>Es gibt keine Führungskraftkennzahl namens „%1“.</translation>
    </message>
</context>
<context>
    <name>LeaderTableModel</name>
    <message>
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Replies to staff</source>
        <translation>Antworten an Mitarbeitende</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Anerkannte Personen</translation>
    </message>
    <message>
        <source>Departments recognised</source>
        <translation>Anerkannte Abteilungen</translation>
    </message>
    <message>
        <source>Staff comments</source>
        <translation>Mitarbeiterkommentare</translation>
    </message>
    <message>
        <source>Answered comments</source>
        <translation>Beantwortete Kommentare</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>Staff questions</source>
        <translation>Mitarbeiterfragen</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>Answered-question rate</source>
        <translation>Quote beantworteter Fragen</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>Median erste Antwort</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Staff responses</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Dialogquote</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Aktive Wochen</translation>
    </message>
</context>
<context>
    <name>MattermostExportReader</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1: no import.jsonl in this Mattermost export</source>
        <translation>%1: keine import.jsonl in diesem Mattermost-Export</translation>
    </message>
    <message>
        <source>the line is longer than %1 MB</source>
        <translation>die Zeile ist länger als %1 MB</translation>
    </message>
    <message>
        <source>the file is empty; a Mattermost export starts with a version line</source>
        <translation>die Datei ist leer; ein Mattermost-Export beginnt mit einer Versionszeile</translation>
    </message>
    <message>
        <source>not a Mattermost bulk export: the first line must be {&quot;type&quot;:&quot;version&quot;, ...}</source>
        <translation>kein Mattermost-Massenexport: die erste Zeile muss {&quot;type&quot;:&quot;version&quot;, ...} lauten</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>ungültiges JSON (%1)</translation>
    </message>
    <message>
        <source>the line has no &quot;%1&quot; object</source>
        <translation>die Zeile hat kein Objekt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the channel has no team or name</source>
        <translation>der Kanal hat kein Team und keinen Namen</translation>
    </message>
    <message>
        <source>the direct channel has no members</source>
        <translation>der Direktkanal hat keine Mitglieder</translation>
    </message>
    <message>
        <source>the user has no username</source>
        <translation>der Benutzer hat keinen Benutzernamen</translation>
    </message>
    <message>
        <source>create_at is missing</source>
        <translation>create_at fehlt</translation>
    </message>
    <message>
        <source>create_at %1 is out of range</source>
        <translation>create_at %1 liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>the direct post has no channel_members</source>
        <translation>der Direktbeitrag hat keine channel_members</translation>
    </message>
    <message>
        <source>the post has no team or channel</source>
        <translation>der Beitrag hat kein Team oder keinen Kanal</translation>
    </message>
</context>
<context>
    <name>MessageLookup</name>
    <message>
        <source>No activity %1 in the data set of %2.</source>
        <translation>Keine Aktivität %1 im Datenbestand von %2.</translation>
    </message>
    <message>
        <source>cannot read the messages</source>
        <translation>die Nachrichten können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>&apos;%1&apos;: unknown key %2 (ignored)</source>
        <translation>&apos;%1&apos;: unbekannter Schlüssel %2 (ignoriert)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has the wrong type (using the default)</source>
        <translation>&apos;%1&apos;: %2 hat den falschen Typ (Standardwert wird verwendet)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must be a number from %3 to %4 (using the default)</source>
        <translation>&apos;%1&apos;: %2 muss eine Zahl von %3 bis %4 sein (Standardwert wird verwendet)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must be a whole number from %3 to %4 (using the default)</source>
        <translation>&apos;%1&apos;: %2 muss eine ganze Zahl von %3 bis %4 sein (Standardwert wird verwendet)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must be a list of texts (using the default)</source>
        <translation>&apos;%1&apos;: %2 muss eine Liste von Texten sein (Standardwert wird verwendet)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must be one of %3 (using the default)</source>
        <translation>&apos;%1&apos;: %2 muss einer der Werte %3 sein (Standardwert wird verwendet)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written: its folder cannot be made</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: sein Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be removed: %2</source>
        <translation>&apos;%1&apos; kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2 (using the default model)</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2 (das Standardmodell wird verwendet)</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid model file at offset %2: %3 (using the default model)</source>
        <translation>&apos;%1&apos; ist an Position %2 keine gültige Modelldatei: %3 (das Standardmodell wird verwendet)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not one of the languages %3 (ignored)</source>
        <translation>&apos;%1&apos;: %2 ist keine der Sprachen %3 (ignoriert)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must name a lexicon file (ignored)</source>
        <translation>&apos;%1&apos;: %2 muss eine Lexikondatei angeben (ignoriert)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has the same floor and target (using the defaults)</source>
        <translation>&apos;%1&apos;: %2 hat dieselbe Untergrenze und denselben Zielwert (Standardwerte werden verwendet)</translation>
    </message>
</context>
<context>
    <name>OverrideEdit</name>
    <message>
        <source>&apos;%1&apos; was not created by Goodwill, so it is only ever read: overrides cannot be saved in it. Put the roles and kinds you want into people.role and channels.kind of the file itself.</source>
        <translation>&apos;%1&apos; wurde nicht von Goodwill erstellt und wird daher nur gelesen: Überschreibungen können darin nicht gespeichert werden. Tragen Sie die gewünschten Rollen und Typen in people.role und channels.kind der Datei selbst ein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only (the file cannot be written), so overrides cannot be saved in it.</source>
        <translation>&apos;%1&apos; ist schreibgeschützt (die Datei kann nicht geschrieben werden), daher können Überschreibungen darin nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>no change %1</source>
        <translation>unverändert %1</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
</context>
<context>
    <name>Persona</name>
    <message>
        <source>Observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <source>Broadcaster</source>
        <translation>Verkünder</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Antwortgeber</translation>
    </message>
    <message>
        <source>Catalyst</source>
        <translation>Katalysator</translation>
    </message>
    <message>
        <source>Engager</source>
        <translation>Dialogpartner</translation>
    </message>
</context>
<context>
    <name>RecognitionFacts</name>
    <message>
        <source>fewer than %1 staff: hidden to protect their privacy</source>
        <translation>weniger als %1 Mitarbeitende: zum Schutz ihrer Privatsphäre ausgeblendet</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>&apos;%1&apos; has no leader with the e-mail address &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat keine Führungskraft mit der E-Mail-Adresse &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the figures of &apos;%1&apos; could not be worked out</source>
        <translation>die Kennzahlen von &apos;%1&apos; konnten nicht berechnet werden</translation>
    </message>
    <message>
        <source>The activity database.</source>
        <translation>Die Aktivitätsdatenbank.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>departments or leaders (JSON or CSV figures), leader or townhall (a PDF report).</source>
        <translation>departments oder leaders (Kennzahlen als JSON oder CSV), leader oder townhall (ein PDF-Bericht).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>First day (default: the data&apos;s).</source>
        <translation>Erster Tag (Standard: erster Tag der Daten).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Last day (default: the data&apos;s).</source>
        <translation>Letzter Tag (Standard: letzter Tag der Daten).</translation>
    </message>
    <message>
        <source>week, month or quarter (default month).</source>
        <translation>week, month oder quarter (Standard month).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Comma-separated department names (default all).</source>
        <translation>Kommagetrennte Abteilungsnamen (Standard: alle).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>A model file overriding the defaults (docs/model.md).</source>
        <translation>Eine Modelldatei, die die Standardwerte überschreibt (docs/model.md).</translation>
    </message>
    <message>
        <source>The leader&apos;s e-mail address (--kind leader).</source>
        <translation>Die E-Mail-Adresse der Führungskraft (--kind leader).</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name staff as &quot;Staff member (Department)&quot; in PDF reports.</source>
        <translation>Mitarbeitende in PDF-Berichten als „Mitarbeiter/in (Abteilung)“ bezeichnen.</translation>
    </message>
    <message>
        <source>report needs --db FILE, --kind and --out FILE</source>
        <translation>report braucht --db DATEI, --kind und --out DATEI</translation>
    </message>
    <message>
        <source>--kind must be departments, leaders, leader or townhall, not &apos;%1&apos;</source>
        <translation>--kind muss departments, leaders, leader oder townhall sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--kind leader needs --leader EMAIL</source>
        <translation>--kind leader braucht --leader E-MAIL</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &apos;%1&apos;</source>
        <translation>--format muss json oder csv sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--granularity must be week, month or quarter, not &apos;%1&apos;</source>
        <translation>--granularity muss week, month oder quarter sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 braucht ein Datum im Format JJJJ-MM-TT, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the model file &apos;%1&apos; does not exist</source>
        <translation>die Modelldatei &apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no activity in the period asked for</source>
        <translation>&apos;%1&apos; enthält keine Aktivität im angefragten Zeitraum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no department named &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat keine Abteilung namens &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 more rows are not shown (the CSV export has them all).</source>
        <translation>%1 weitere Zeilen werden nicht angezeigt (der CSV-Export enthält alle).</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>Generated: %1 (UTC) by %2</source>
        <translation>Erstellt: %1 (UTC) von %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Staff names: pseudonymised</source>
        <translation>Namen der Mitarbeitenden: pseudonymisiert</translation>
    </message>
    <message>
        <source>Staff names: as recorded</source>
        <translation>Namen der Mitarbeitenden: wie erfasst</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importläufe</translation>
    </message>
    <message>
        <source>Last import (UTC)</source>
        <translation>Letzter Import (UTC)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 der Daten</translation>
    </message>
    <message>
        <source>The hash covers every row the figures are computed from (not the import log). A database with the same hash gives the same report for the same filters.</source>
        <translation>Der Hash umfasst jede Zeile, aus der die Kennzahlen berechnet werden (nicht das Importprotokoll). Eine Datenbank mit demselben Hash ergibt für dieselben Filter denselben Bericht.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>There is nothing to put in the report.</source>
        <translation>Es gibt nichts, was in den Bericht aufgenommen werden könnte.</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>quartalsweise</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Period: %1 – %2 (%3)</source>
        <translation>Zeitraum: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>Abteilungen: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Kanäle: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Führungskraft: %1</translation>
    </message>
    <message>
        <source>Minimum group size: %1 people (%2 distinct authors for anything read from text)</source>
        <translation>Mindestgruppengröße: %1 Personen (%2 verschiedene Verfasser für alles, was aus Text gelesen wird)</translation>
    </message>
    <message>
        <source>Cannot read the sources of %1: %2</source>
        <translation>Die Quellen von %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>RosterCsvReader</name>
    <message>
        <source>%1 holds no .csv file</source>
        <translation>%1 enthält keine .csv-Datei</translation>
    </message>
    <message>
        <source>%1 holds several CSV files; give the roster as one file</source>
        <translation>%1 enthält mehrere CSV-Dateien; geben Sie die Personalliste als eine Datei an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the department is empty</source>
        <translation>die Abteilung ist leer</translation>
    </message>
    <message>
        <source>is_leader &apos;%1&apos; is not one of true, false, yes, no, 1, 0</source>
        <translation>is_leader &apos;%1&apos; ist keiner der Werte true, false, yes, no, 1, 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>valid_to %1 is not after valid_from %2</source>
        <translation>valid_to %1 liegt nicht nach valid_from %2</translation>
    </message>
    <message>
        <source>this stint of %1 overlaps the one on line %2</source>
        <translation>dieser Zuordnungszeitraum von %1 überschneidet sich mit dem in Zeile %2</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot record the schema version</source>
        <translation>die Schemaversion kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: no migration from schema version %2</source>
        <translation>%1: keine Migration von Schemaversion %2</translation>
    </message>
</context>
<context>
    <name>SentimentAnalyzer</name>
    <message>
        <source>negated by &apos;%1&apos;</source>
        <translation>verneint durch &apos;%1&apos;</translation>
    </message>
    <message>
        <source>intensified by &apos;%1&apos;</source>
        <translation>verstärkt durch &apos;%1&apos;</translation>
    </message>
    <message>
        <source>dampened by &apos;%1&apos;</source>
        <translation>abgeschwächt durch &apos;%1&apos;</translation>
    </message>
    <message>
        <source>all caps</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <source>after &apos;but&apos;</source>
        <translation>nach &apos;but&apos;</translation>
    </message>
    <message>
        <source>before &apos;but&apos;</source>
        <translation>vor &apos;but&apos;</translation>
    </message>
    <message>
        <source>lexicon</source>
        <translation>Lexikon</translation>
    </message>
    <message>
        <source>exclamation</source>
        <translation>Ausrufezeichen</translation>
    </message>
</context>
<context>
    <name>SentimentLexicon</name>
    <message>
        <source>The built-in English workplace lexicon &apos;%1&apos; is missing from this build</source>
        <translation>Das integrierte englische Arbeitsplatz-Lexikon &apos;%1&apos; fehlt in diesem Build</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot read the lexicon (%2)</source>
        <translation>&apos;%1&apos;: das Lexikon kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; line %2: %3</source>
        <translation>&apos;%1&apos; Zeile %2: %3</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>das Wort ist leer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no score</source>
        <translation>&apos;%1&apos; hat keinen Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 tab-separated columns; expected the word and its score</source>
        <translation>&apos;%1&apos; hat %2 tabulatorgetrennte Spalten; erwartet werden das Wort und sein Wert</translation>
    </message>
    <message>
        <source>the score of &apos;%1&apos; is not a number: &apos;%2&apos;</source>
        <translation>der Wert von &apos;%1&apos; ist keine Zahl: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the score of &apos;%1&apos; is %2, outside -%3..%3</source>
        <translation>der Wert von &apos;%1&apos; ist %2, außerhalb von -%3..%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no word a message could contain</source>
        <translation>&apos;%1&apos; enthält kein Wort, das in einer Nachricht vorkommen könnte</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 words</source>
        <translation>&apos;%1&apos; hat mehr als %2 Wörter</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains no lexicon entries</source>
        <translation>&apos;%1&apos; enthält keine Lexikoneinträge</translation>
    </message>
</context>
<context>
    <name>ShotsCommand</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the import wizard did not finish: %1</source>
        <translation>der Importassistent wurde nicht abgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>SignalEvidence</name>
    <message>
        <source>No signal called &quot;%1&quot;.</source>
        <translation>Es gibt kein Signal namens „%1“.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>the %1 days to %2</source>
        <translation>die %1 Tage bis %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>The share of the staff comments to leaders (a reply in a leader&apos;s thread, or a message naming a leader) followed by a reply of any leader in the thread within %1 h.</source>
        <translation>Der Anteil der Mitarbeiterkommentare an Führungskräfte (eine Antwort im Thread einer Führungskraft oder eine Nachricht, die eine Führungskraft nennt), auf die innerhalb von %1 h eine Antwort irgendeiner Führungskraft im Thread folgte.</translation>
    </message>
    <message>
        <source>Staff comments to leaders (counted: answered in time)</source>
        <translation>Mitarbeiterkommentare an Führungskräfte (gezählt: rechtzeitig beantwortet)</translation>
    </message>
    <message>
        <source>Staff comments to leaders</source>
        <translation>Mitarbeiterkommentare an Führungskräfte</translation>
    </message>
    <message>
        <source>Answered within %1 h</source>
        <translation>Innerhalb von %1 h beantwortet</translation>
    </message>
    <message>
        <source>The median hours from a staff comment to leaders to the first later leader reply in its thread, over the comments answered at all; scored on a logarithmic scale.</source>
        <translation>Der Median der Stunden von einem Mitarbeiterkommentar an Führungskräfte bis zur ersten späteren Antwort einer Führungskraft in seinem Thread, über alle überhaupt beantworteten Kommentare; bewertet auf einer logarithmischen Skala.</translation>
    </message>
    <message>
        <source>Staff comments to leaders answered at all</source>
        <translation>Überhaupt beantwortete Mitarbeiterkommentare an Führungskräfte</translation>
    </message>
    <message>
        <source>Comments answered at all</source>
        <translation>Überhaupt beantwortete Kommentare</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>The share of the seven-day blocks ending on the day (the oldest cut at the window) with a leader reply to a staff message of the department, or a leader recognition of one of its staff.</source>
        <translation>Der Anteil der Sieben-Tage-Blöcke, die an dem Tag enden (der älteste am Zeitfenster abgeschnitten), mit einer Antwort einer Führungskraft auf eine Nachricht von Mitarbeitenden der Abteilung oder einer Anerkennung einer dieser Personen durch eine Führungskraft.</translation>
    </message>
    <message>
        <source>Leader replies to and recognitions of the department&apos;s staff</source>
        <translation>Antworten und Anerkennungen von Führungskräften an Mitarbeitende der Abteilung</translation>
    </message>
    <message>
        <source>Seven-day blocks</source>
        <translation>Sieben-Tage-Blöcke</translation>
    </message>
    <message>
        <source>Blocks with a leader touch</source>
        <translation>Blöcke mit Kontakt zur Führung</translation>
    </message>
    <message>
        <source>The share of the staff recognised by a leader at least once in the window.</source>
        <translation>Der Anteil der Mitarbeitenden, die im Zeitfenster mindestens einmal von einer Führungskraft anerkannt wurden.</translation>
    </message>
    <message>
        <source>The share of the staff recognised at least once in the window.</source>
        <translation>Der Anteil der Mitarbeitenden, die im Zeitfenster mindestens einmal anerkannt wurden.</translation>
    </message>
    <message>
        <source>Leader recognitions of the staff</source>
        <translation>Anerkennungen von Mitarbeitenden durch Führungskräfte</translation>
    </message>
    <message>
        <source>Recognitions of the staff</source>
        <translation>Anerkennungen von Mitarbeitenden</translation>
    </message>
    <message>
        <source>Staff (n)</source>
        <translation>Mitarbeitende (n)</translation>
    </message>
    <message>
        <source>Staff recognised</source>
        <translation>Anerkannte Mitarbeitende</translation>
    </message>
    <message>
        <source>Recognitions received by the department&apos;s staff (one per person recognised) per member per 30 days: count / (n × %1 / 30).</source>
        <translation>Von den Mitarbeitenden der Abteilung erhaltene Anerkennungen (eine pro anerkannter Person) pro Mitglied und 30 Tage: Anzahl / (n × %1 / 30).</translation>
    </message>
    <message>
        <source>Recognitions of the department&apos;s staff</source>
        <translation>Anerkennungen der Mitarbeitenden der Abteilung</translation>
    </message>
    <message>
        <source>Recognitions received</source>
        <translation>Erhaltene Anerkennungen</translation>
    </message>
    <message>
        <source>Member-months (n × %1 / 30)</source>
        <translation>Mitglieder-Monate (n × %1 / 30)</translation>
    </message>
    <message>
        <source>The share of the staff who posted, replied or reacted in the window.</source>
        <translation>Der Anteil der Mitarbeitenden, die im Zeitfenster gepostet, geantwortet oder reagiert haben.</translation>
    </message>
    <message>
        <source>Posts, replies and reactions of the staff</source>
        <translation>Beiträge, Antworten und Reaktionen der Mitarbeitenden</translation>
    </message>
    <message>
        <source>Active staff</source>
        <translation>Aktive Mitarbeitende</translation>
    </message>
    <message>
        <source>Of the staff active in the window before (the %1 days before it), the share active in the window.</source>
        <translation>Von den im vorigen Zeitfenster (den %1 Tagen davor) aktiven Mitarbeitenden der Anteil, der im Zeitfenster aktiv war.</translation>
    </message>
    <message>
        <source>Activity of the staff active in the window before (counted: in the window)</source>
        <translation>Aktivität der im vorigen Zeitfenster aktiven Mitarbeitenden (gezählt: im Zeitfenster)</translation>
    </message>
    <message>
        <source>Active in the window before</source>
        <translation>Im vorigen Zeitfenster aktiv</translation>
    </message>
    <message>
        <source>Of them active in the window</source>
        <translation>Davon im Zeitfenster aktiv</translation>
    </message>
    <message>
        <source>The share of the staff&apos;s replies in threads started by someone of another department (on the thread&apos;s day).</source>
        <translation>Der Anteil der Antworten von Mitarbeitenden in Threads, die jemand aus einer anderen Abteilung begonnen hat (am Tag des Threads).</translation>
    </message>
    <message>
        <source>Replies of the staff (counted: across departments)</source>
        <translation>Antworten der Mitarbeitenden (gezählt: abteilungsübergreifend)</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>Abteilungsübergreifend</translation>
    </message>
    <message>
        <source>The mean tone (-1..1) of the staff&apos;s posts and replies; hidden unless at least %1 of the staff wrote in the window.</source>
        <translation>Die mittlere Tonalität (-1..1) der Beiträge und Antworten der Mitarbeitenden; ausgeblendet, wenn nicht mindestens %1 der Mitarbeitenden im Zeitfenster geschrieben haben.</translation>
    </message>
    <message>
        <source>Posts and replies of the staff, with their tone</source>
        <translation>Beiträge und Antworten der Mitarbeitenden mit ihrer Tonalität</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Staff who wrote</source>
        <translation>Mitarbeitende, die geschrieben haben</translation>
    </message>
    <message>
        <source>Sum of tone</source>
        <translation>Summe der Tonalität</translation>
    </message>
    <message>
        <source>The share of the staff active in social channels in the window.</source>
        <translation>Der Anteil der Mitarbeitenden, die im Zeitfenster in sozialen Kanälen aktiv waren.</translation>
    </message>
    <message>
        <source>Activity of the staff in social channels</source>
        <translation>Aktivität der Mitarbeitenden in sozialen Kanälen</translation>
    </message>
    <message>
        <source>Active in social channels</source>
        <translation>In sozialen Kanälen aktiv</translation>
    </message>
    <message>
        <source>Reactions given by the staff per active member per 30 days: reactions / (active members × %1 / 30).</source>
        <translation>Von den Mitarbeitenden abgegebene Reaktionen pro aktivem Mitglied und 30 Tage: Reaktionen / (aktive Mitglieder × %1 / 30).</translation>
    </message>
    <message>
        <source>Reactions of the staff</source>
        <translation>Reaktionen der Mitarbeitenden</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Aktive Mitglieder</translation>
    </message>
    <message>
        <source>The share of the staff&apos;s posts and replies with a celebration or humour marker.</source>
        <translation>Der Anteil der Beiträge und Antworten der Mitarbeitenden mit einem Hinweis auf Feiern oder Humor.</translation>
    </message>
    <message>
        <source>Posts and replies of the staff (counted: with a marker)</source>
        <translation>Beiträge und Antworten der Mitarbeitenden (gezählt: mit Hinweis)</translation>
    </message>
    <message>
        <source>With a marker</source>
        <translation>Mit Hinweis</translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation>Rohwert</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>logarithmic scale</source>
        <translation>logarithmische Skala</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>100 × clamp((raw − floor) / (target − floor), 0, 1)</source>
        <translation>100 × clamp((Rohwert − Untergrenze) / (Zielwert − Untergrenze), 0, 1)</translation>
    </message>
    <message>
        <source>Band (%1%)</source>
        <translation>Band (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Nenner</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Dünn</translation>
    </message>
    <message>
        <source>yes: under %1, left out of its pillar</source>
        <translation>ja: unter %1, aus seiner Säule ausgelassen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Staff are not named in department figures: each appears as &quot;%1&quot;.</source>
        <translation>Mitarbeitende werden in Abteilungswerten nicht namentlich genannt: alle erscheinen als „%1“.</translation>
    </message>
    <message>
        <source>Staff member (Department)</source>
        <translation>Mitarbeiter/in (Abteilung)</translation>
    </message>
    <message>
        <source>The messages are not listed: fewer than %1 staff wrote them, and a message&apos;s tone could point to its author.</source>
        <translation>Die Nachrichten werden nicht aufgeführt: weniger als %1 Mitarbeitende haben sie geschrieben, und die Tonalität einer Nachricht könnte auf ihren Verfasser schließen lassen.</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>keine Abteilung</translation>
    </message>
    <message>
        <source>Staff member (%1)</source>
        <translation>Mitarbeiter/in (%1)</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>no later leader reply in the thread</source>
        <translation>keine spätere Antwort einer Führungskraft im Thread</translation>
    </message>
    <message>
        <source>answered after %1 h</source>
        <translation>beantwortet nach %1 h</translation>
    </message>
    <message>
        <source>first leader reply after %1 h</source>
        <translation>erste Antwort einer Führungskraft nach %1 h</translation>
    </message>
    <message>
        <source>in the block %1 of %2 counting back from the day</source>
        <translation>im Block %1 von %2, vom Tag aus rückwärts gezählt</translation>
    </message>
    <message numerus="yes">
        <source>recognises %n of the staff</source>
        <translation>
            <numerusform>erkennt %n Mitarbeiter/in an</numerusform>
            <numerusform>erkennt %n Mitarbeitende an</numerusform>
        </translation>
    </message>
    <message>
        <source>in the window</source>
        <translation>im Zeitfenster</translation>
    </message>
    <message>
        <source>in the window before</source>
        <translation>im vorigen Zeitfenster</translation>
    </message>
    <message>
        <source>in a thread started in %1</source>
        <translation>in einem Thread, der in %1 begonnen wurde</translation>
    </message>
    <message>
        <source>tone %1</source>
        <translation>Tonalität %1</translation>
    </message>
    <message>
        <source>celebration or humour marker</source>
        <translation>Hinweis auf Feiern oder Humor</translation>
    </message>
</context>
<context>
    <name>SlackExportReader</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON an Byte %1: %2</translation>
    </message>
    <message>
        <source>%1 is missing: this is not a Slack workspace export</source>
        <translation>%1 fehlt: dies ist kein Slack-Workspace-Export</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not listed in channels.json: its messages were imported as the channel &apos;%1&apos;</source>
        <translation>Der Ordner &apos;%1&apos; ist nicht in channels.json aufgeführt: seine Nachrichten wurden als Kanal &apos;%1&apos; importiert</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>the user has no id</source>
        <translation>der Benutzer hat keine id</translation>
    </message>
    <message>
        <source>No departments found: attach a roster or choose the profile field that holds the department</source>
        <translation>Keine Abteilungen gefunden: fügen Sie eine Personalliste hinzu oder wählen Sie das Profilfeld, das die Abteilung enthält</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <source>the conversation has no id</source>
        <translation>die Unterhaltung hat keine id</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>message %1 (ts %2)</source>
        <translation>Nachricht %1 (ts %2)</translation>
    </message>
    <message>
        <source>the message has no ts</source>
        <translation>die Nachricht hat keinen ts</translation>
    </message>
    <message>
        <source>ts is not a number</source>
        <translation>ts ist keine Zahl</translation>
    </message>
    <message>
        <source>ts is not a time between 1990 and 2100</source>
        <translation>ts ist keine Zeit zwischen 1990 und 2100</translation>
    </message>
    <message>
        <source>message %1 (ts %2), reaction %3 by %4</source>
        <translation>Nachricht %1 (ts %2), Reaktion %3 von %4</translation>
    </message>
</context>
<context>
    <name>SourcesLoader</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Reading the activities and their tone…</source>
        <translation>Aktivitäten und ihre Tonalität werden gelesen…</translation>
    </message>
    <message>
        <source>Working out the leaders&apos; figures…</source>
        <translation>Die Kennzahlen der Führungskräfte werden berechnet…</translation>
    </message>
    <message>
        <source>Working out each department&apos;s emotional capital…</source>
        <translation>Das emotionale Kapital jeder Abteilung wird berechnet…</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>cannot open the database</source>
        <translation>die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation>die Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again (%1)</source>
        <translation>der Datenträger ist voll; geben Sie Speicherplatz frei und versuchen Sie es erneut (%1)</translation>
    </message>
    <message>
        <source>another Goodwill window or program is writing to it; try again when it has finished (%1)</source>
        <translation>ein anderes Goodwill-Fenster oder Programm schreibt gerade in die Datei; versuchen Sie es erneut, wenn es fertig ist (%1)</translation>
    </message>
</context>
<context>
    <name>StoreSummary</name>
    <message>
        <source>cannot read activities</source>
        <translation>Aktivitäten können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>cannot write %1 row %2</source>
        <translation>%1 Zeile %2 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: there is no %2 row %3</source>
        <translation>%1: es gibt keine Zeile %3 in %2</translation>
    </message>
    <message>
        <source>%1: question %2 is not marked handled for person %3</source>
        <translation>%1: Frage %2 ist für Person %3 nicht als erledigt markiert</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TeamsExportReader</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>&quot;%1&quot; ist keine ISO-8601-Zeitangabe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range (1990 to 2100)</source>
        <translation>&quot;%1&quot; liegt außerhalb des zulässigen Bereichs (1990 bis 2100)</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <source>%1: no .json files of Teams messages</source>
        <translation>%1: keine .json-Dateien mit Teams-Nachrichten</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>ungültiges JSON (%1)</translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation>Nachricht Nr. %1</translation>
    </message>
    <message>
        <source>%1 holds no Teams messages and was left out</source>
        <translation>%1 enthält keine Teams-Nachrichten und wurde ausgelassen</translation>
    </message>
    <message>
        <source>%1: not Teams messages (a JSON array or a page with &quot;value&quot;)</source>
        <translation>%1: keine Teams-Nachrichten (ein JSON-Array oder eine Seite mit &quot;value&quot;)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) without messageType are not Teams messages and were left out</source>
        <translation>
            <numerusform>%1: %n Datensatz ohne messageType ist keine Teams-Nachricht und wurde ausgelassen</numerusform>
            <numerusform>%1: %n Datensätze ohne messageType sind keine Teams-Nachrichten und wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams exports carry no titles or departments: attach a roster.</source>
        <translation>Teams-Exporte enthalten keine Jobtitel und keine Abteilungen: fügen Sie eine Personalliste hinzu.</translation>
    </message>
    <message>
        <source>a message has no id</source>
        <translation>eine Nachricht hat keine id</translation>
    </message>
    <message>
        <source>createdDateTime: %1</source>
        <translation>createdDateTime: %1</translation>
    </message>
    <message>
        <source>a reaction&apos;s createdDateTime: %1</source>
        <translation>createdDateTime einer Reaktion: %1</translation>
    </message>
</context>
<context>
    <name>ToneLexicons</name>
    <message>
        <source>Tone lexicon for &apos;%1&apos; not used: %2</source>
        <translation>Tonalitätslexikon für &apos;%1&apos; nicht verwendet: %2</translation>
    </message>
</context>
<context>
    <name>TownHallReport</name>
    <message>
        <source>Change in ECI (points)</source>
        <translation>ECI-Veränderung (Punkte)</translation>
    </message>
    <message>
        <source>Change in ECI over the period</source>
        <translation>Veränderung des ECI über den Zeitraum</translation>
    </message>
    <message>
        <source>Risers and fallers</source>
        <translation>Aufsteiger und Absteiger</translation>
    </message>
    <message>
        <source>The data does not reach a whole window of %1 days before the period, so the emotional capital cannot be compared over it.</source>
        <translation>Die Daten reichen nicht ein ganzes Zeitfenster von %1 Tagen vor den Zeitraum zurück, daher lässt sich das emotionale Kapital darüber nicht vergleichen.</translation>
    </message>
    <message>
        <source>The emotional-capital index (ECI, 0–100) of each department over the %1 days to %2, against the same over the %1 days to %3. The departments that fell or rose most (by at least %4 point, at most %5 each) and, for each, the pillar that moved most the same way.</source>
        <translation>Der Index des emotionalen Kapitals (ECI, 0–100) jeder Abteilung über die %1 Tage bis %2, verglichen mit demselben Wert über die %1 Tage bis %3. Die Abteilungen, die am stärksten gefallen oder gestiegen sind (um mindestens %4 Punkt, jeweils höchstens %5), und für jede die Säule, die sich am stärksten in dieselbe Richtung bewegt hat.</translation>
    </message>
    <message>
        <source>Open staff questions</source>
        <translation>Offene Mitarbeiterfragen</translation>
    </message>
    <message>
        <source>No staff question to a leader is waiting for an answer.</source>
        <translation>Keine Frage von Mitarbeitenden an eine Führungskraft wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>%1 staff questions to leaders from %2 people are still waiting for an answer. Themes are words shared by questions from at least %3 different people; the examples are the oldest, one per person.</source>
        <translation>%1 Fragen von Mitarbeitenden an Führungskräfte von %2 Personen warten noch auf eine Antwort. Themen sind Wörter, die Fragen von mindestens %3 verschiedenen Personen gemeinsam haben; die Beispiele sind die ältesten, eines pro Person.</translation>
    </message>
    <message>
        <source>The questions&apos; text could not be read.</source>
        <translation>Der Text der Fragen konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No word is shared by questions from enough different people: no theme is shown.</source>
        <translation>Kein Wort kommt in Fragen von genügend verschiedenen Personen vor: es wird kein Thema angezeigt.</translation>
    </message>
    <message>
        <source>“%1”: %2 questions from %3 people</source>
        <translation>„%1“: %2 Fragen von %3 Personen</translation>
    </message>
    <message>
        <source> (also: %1)</source>
        <translation> (auch: %1)</translation>
    </message>
    <message>
        <source>Town-hall brief</source>
        <translation>Town-Hall-Briefing</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Shout-out candidates</source>
        <translation>Kandidaten für eine Würdigung</translation>
    </message>
    <message>
        <source>From recognitions in public channels (announcement, recognition, social and Q&amp;A channels; work channels can hold private conversations and are left out).</source>
        <translation>Aus Anerkennungen in öffentlichen Kanälen (Ankündigungs-, Anerkennungs-, soziale und Q&amp;A-Kanäle; Arbeitskanäle können private Gespräche enthalten und werden ausgelassen).</translation>
    </message>
    <message>
        <source>People recognised by at least %1 different people, by name</source>
        <translation>Personen, die von mindestens %1 verschiedenen Personen anerkannt wurden, nach Name</translation>
    </message>
    <message>
        <source>Nobody was recognised by at least %1 different people in public channels.</source>
        <translation>Niemand wurde in öffentlichen Kanälen von mindestens %1 verschiedenen Personen anerkannt.</translation>
    </message>
    <message>
        <source>Teams, the most recognitions per member first</source>
        <translation>Teams, die meisten Anerkennungen pro Mitglied zuerst</translation>
    </message>
    <message>
        <source>No team was recognised in a public channel.</source>
        <translation>Kein Team wurde in einem öffentlichen Kanal anerkannt.</translation>
    </message>
    <message>
        <source>Leaders&apos; responsiveness</source>
        <translation>Reaktionsverhalten der Führungskräfte</translation>
    </message>
    <message>
        <source>Staff comments, reply rate (answered within %1 hours) and median time to the first reply are each leader&apos;s figures over the period, from all staff; questions asked and unanswered are the audience&apos;s.</source>
        <translation>Mitarbeiterkommentare, Antwortquote (innerhalb von %1 Stunden beantwortet) und Median der Zeit bis zur ersten Antwort sind die Kennzahlen jeder Führungskraft über den Zeitraum, von allen Mitarbeitenden; gestellte und unbeantwortete Fragen sind die der Zielgruppe.</translation>
    </message>
    <message>
        <source>No staff comments reached a leader in this period.</source>
        <translation>In diesem Zeitraum hat kein Mitarbeiterkommentar eine Führungskraft erreicht.</translation>
    </message>
    <message>
        <source>The whole organisation, %1 – %2</source>
        <translation>Die gesamte Organisation, %1 – %2</translation>
    </message>
</context>
<context>
    <name>TownHallSummary</name>
    <message>
        <source>%1 rose most (%2 points, to %3), led by %4 (%5 points).</source>
        <translation>%1 ist am stärksten gestiegen (%2 Punkte, auf %3), angeführt von %4 (%5 Punkte).</translation>
    </message>
    <message>
        <source>%1 fell most (%2 points, to %3), led by %4 (%5 points).</source>
        <translation>%1 ist am stärksten gefallen (%2 Punkte, auf %3), angeführt von %4 (%5 Punkte).</translation>
    </message>
    <message>
        <source>%1 rose most (%2 points, to %3).</source>
        <translation>%1 ist am stärksten gestiegen (%2 Punkte, auf %3).</translation>
    </message>
    <message>
        <source>%1 fell most (%2 points, to %3).</source>
        <translation>%1 ist am stärksten gefallen (%2 Punkte, auf %3).</translation>
    </message>
    <message>
        <source>Also rising: %1.</source>
        <translation>Ebenfalls gestiegen: %1.</translation>
    </message>
    <message>
        <source>Also falling: %1.</source>
        <translation>Ebenfalls gefallen: %1.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Staff member (%1)</source>
        <translation>Mitarbeiter/in (%1)</translation>
    </message>
    <message>
        <source>From %1 to %2, the emotional capital (ECI) of %3 went from %4 to %5 (%6 points).</source>
        <translation>Vom %1 bis %2 ging das emotionale Kapital (ECI) der Auswahl (%3) von %4 auf %5 (%6 Punkte).</translation>
    </message>
    <message>
        <source>The data does not reach far enough before %1 to compare the emotional capital over the period.</source>
        <translation>Die Daten reichen nicht weit genug vor den %1 zurück, um das emotionale Kapital über den Zeitraum zu vergleichen.</translation>
    </message>
    <message>
        <source>No department&apos;s ECI rose or fell by a point or more.</source>
        <translation>Der ECI keiner Abteilung ist um einen Punkt oder mehr gestiegen oder gefallen.</translation>
    </message>
    <message>
        <source>Among the staff questions still waiting for a leader&apos;s answer, the most common theme is “%1”: %2 questions from %3 people.</source>
        <translation>Unter den Mitarbeiterfragen, die noch auf die Antwort einer Führungskraft warten, ist „%1“ das häufigste Thema: %2 Fragen von %3 Personen.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <source>Other themes: %1.</source>
        <translation>Weitere Themen: %1.</translation>
    </message>
    <message>
        <source>No staff question to a leader is waiting for an answer.</source>
        <translation>Keine Frage von Mitarbeitenden an eine Führungskraft wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>The staff questions waiting for an answer share no theme with enough different askers to be shown.</source>
        <translation>Die Mitarbeiterfragen, die auf eine Antwort warten, haben kein Thema mit genügend verschiedenen Fragenden gemeinsam, um es anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 has the most unanswered staff questions (%2) and a reply rate of %3.</source>
        <translation>%1 hat die meisten unbeantworteten Mitarbeiterfragen (%2) und eine Antwortquote von %3.</translation>
    </message>
    <message>
        <source>%1 has the most unanswered staff questions (%2).</source>
        <translation>%1 hat die meisten unbeantworteten Mitarbeiterfragen (%2).</translation>
    </message>
    <message>
        <source>%1 answered staff fastest, with a median of %2 to the first reply.</source>
        <translation>%1 hat Mitarbeitenden am schnellsten geantwortet, mit einem Median von %2 bis zur ersten Antwort.</translation>
    </message>
    <message>
        <source>No staff comments reached a leader in this period.</source>
        <translation>In diesem Zeitraum hat kein Mitarbeiterkommentar eine Führungskraft erreicht.</translation>
    </message>
    <message>
        <source>%1 received the most public recognitions per member (%2).</source>
        <translation>%1 hat die meisten öffentlichen Anerkennungen pro Mitglied erhalten (%2).</translation>
    </message>
    <message>
        <source>Shout-out candidates, each recognised in public channels by at least two people, come from %1.</source>
        <translation>Die Kandidaten für eine Würdigung, jeweils von mindestens zwei Personen in öffentlichen Kanälen anerkannt, kommen aus %1.</translation>
    </message>
    <message>
        <source>Shout-out candidates, each recognised in public channels by at least two people: %1.</source>
        <translation>Kandidaten für eine Würdigung, jeweils von mindestens zwei Personen in öffentlichen Kanälen anerkannt: %1.</translation>
    </message>
    <message>
        <source>Nobody was recognised in a public channel in this period.</source>
        <translation>In diesem Zeitraum wurde niemand in einem öffentlichen Kanal anerkannt.</translation>
    </message>
    <message>
        <source>authenticity</source>
        <comment>a pillar, inside a sentence</comment>
        <translation>Authentizität</translation>
    </message>
    <message>
        <source>pride</source>
        <comment>a pillar, inside a sentence</comment>
        <translation>Stolz</translation>
    </message>
    <message>
        <source>attachment</source>
        <comment>a pillar, inside a sentence</comment>
        <translation>Verbundenheit</translation>
    </message>
    <message>
        <source>fun</source>
        <comment>a pillar, inside a sentence</comment>
        <translation>Freude</translation>
    </message>
    <message>
        <source>Not compared, and left out of the totals on the days they are hidden, to protect privacy (fewer than %1 staff on one of the two days): %2.</source>
        <translation>Zum Schutz der Privatsphäre nicht verglichen und an den Tagen, an denen sie ausgeblendet sind, aus den Gesamtwerten ausgelassen (weniger als %1 Mitarbeitende an einem der beiden Tage): %2.</translation>
    </message>
    <message numerus="yes">
        <source>The tone in the ECI of the whole audience leaves out %1 (fewer than %n authors).</source>
        <translation>
            <numerusform>Die Tonalität im ECI der gesamten Zielgruppe lässt %1 aus (weniger als %n Verfassende).</numerusform>
            <numerusform>Die Tonalität im ECI der gesamten Zielgruppe lässt %1 aus (weniger als %n Verfassende).</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2, the emotional capital (ECI) of the organisation went from %3 to %4 (%5 points).</source>
        <translation>Vom %1 bis %2 ging das emotionale Kapital (ECI) der Organisation von %3 auf %4 (%5 Punkte).</translation>
    </message>
</context>
<context>
    <name>WidgetExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Made with Goodwill</source>
        <translation>Erstellt mit Goodwill</translation>
    </message>
    <message>
        <source>Cannot write %1: only .png and .svg are supported</source>
        <translation>%1 kann nicht geschrieben werden: nur .png und .svg werden unterstützt</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>PNG-Kodierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>goodwill::items::AlertsModel</name>
    <message>
        <source>%1: %2. Open it to see the signals behind it.</source>
        <translation>%1: %2. Öffnen Sie den Eintrag, um die zugrunde liegenden Signale zu sehen.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>goodwill::items::BestPostsModel</name>
    <message>
        <source>Staff replies in the post&apos;s thread.</source>
        <translation>Antworten von Mitarbeitenden im Thread des Beitrags.</translation>
    </message>
    <message>
        <source>Staff reactions in the post&apos;s thread.</source>
        <translation>Reaktionen von Mitarbeitenden im Thread des Beitrags.</translation>
    </message>
    <message>
        <source>Distinct staff who replied or reacted in the post&apos;s thread.</source>
        <translation>Verschiedene Mitarbeitende, die im Thread des Beitrags geantwortet oder reagiert haben.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden: %n distinct staff replied, fewer than %1 (tone is shown only when at least %1 people wrote the text it is read from).</source>
        <translation>
            <numerusform>Ausgeblendet: %n Mitarbeiter/in hat geantwortet, weniger als %1 (die Tonalität wird nur gezeigt, wenn mindestens %1 Personen den zugrunde liegenden Text geschrieben haben).</numerusform>
            <numerusform>Ausgeblendet: %n verschiedene Mitarbeitende haben geantwortet, weniger als %1 (die Tonalität wird nur gezeigt, wenn mindestens %1 Personen den zugrunde liegenden Text geschrieben haben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean tone of the %n staff replies, from -1 (negative) to 1 (positive), written by %1 distinct staff.</source>
        <translation>
            <numerusform>Mittlere Tonalität der %n Antwort von Mitarbeitenden, von -1 (negativ) bis 1 (positiv), geschrieben von %1 verschiedenen Mitarbeitenden.</numerusform>
            <numerusform>Mittlere Tonalität der %n Antworten von Mitarbeitenden, von -1 (negativ) bis 1 (positiv), geschrieben von %1 verschiedenen Mitarbeitenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Gepostet</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Tone of replies</source>
        <translation>Tonalität der Antworten</translation>
    </message>
    <message>
        <source>When you posted it (local time).</source>
        <translation>Wann Sie ihn gepostet haben (Ortszeit).</translation>
    </message>
    <message>
        <source>Where you posted it.</source>
        <translation>Wo Sie ihn gepostet haben.</translation>
    </message>
    <message>
        <source>The start of the post; the tooltip shows all of it.</source>
        <translation>Der Anfang des Beitrags; der Tooltip zeigt ihn vollständig.</translation>
    </message>
    <message>
        <source>Staff replies in the thread, up to the end of the data.</source>
        <translation>Antworten von Mitarbeitenden im Thread bis zum Ende der Daten.</translation>
    </message>
    <message>
        <source>Staff reactions in the thread, up to the end of the data.</source>
        <translation>Reaktionen von Mitarbeitenden im Thread bis zum Ende der Daten.</translation>
    </message>
    <message>
        <source>Distinct staff who replied or reacted.</source>
        <translation>Verschiedene Mitarbeitende, die geantwortet oder reagiert haben.</translation>
    </message>
    <message>
        <source>Mean tone of the staff replies (-1 to 1); hidden unless at least %1 distinct staff wrote them.</source>
        <translation>Mittlere Tonalität der Antworten von Mitarbeitenden (-1 bis 1); ausgeblendet, wenn sie nicht von mindestens %1 verschiedenen Mitarbeitenden geschrieben wurden.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::BlindSpotModel</name>
    <message>
        <source>No leader recognised anyone in %1 from %2 to %3</source>
        <translation>Keine Führungskraft hat vom %2 bis %3 jemanden in %1 anerkannt</translation>
    </message>
    <message>
        <source>Staff in %1 on %2</source>
        <translation>Mitarbeitende in %1 am %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The last day before the period on which a leader recognised someone in %1</source>
        <translation>Der letzte Tag vor dem Zeitraum, an dem eine Führungskraft jemanden in %1 anerkannt hat</translation>
    </message>
    <message>
        <source>No leader recognised anyone in %1 in all the data before the period</source>
        <translation>Keine Führungskraft hat in den gesamten Daten vor dem Zeitraum jemanden in %1 anerkannt</translation>
    </message>
    <message>
        <source>Days from the last leader recognition to %1</source>
        <translation>Tage von der letzten Anerkennung durch eine Führungskraft bis %1</translation>
    </message>
    <message>
        <source>No leader recognition in the data</source>
        <translation>Keine Anerkennung durch eine Führungskraft in den Daten</translation>
    </message>
    <message>
        <source>Recognitions people in %1 received from colleagues who are not leaders, %2 to %3 (one per person recognised)</source>
        <translation>Anerkennungen, die Personen in %1 vom %2 bis %3 von Kolleginnen und Kollegen ohne Führungsrolle erhalten haben (eine pro anerkannter Person)</translation>
    </message>
    <message>
        <source>A department no leader recognised in the period</source>
        <translation>Eine Abteilung, die im Zeitraum keine Führungskraft anerkannt hat</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Staff on the period&apos;s last day</source>
        <translation>Mitarbeitende am letzten Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>When a leader last recognised someone in it</source>
        <translation>Wann eine Führungskraft dort zuletzt jemanden anerkannt hat</translation>
    </message>
    <message>
        <source>Last by a leader</source>
        <translation>Zuletzt durch Führung</translation>
    </message>
    <message>
        <source>Days since then, to the period&apos;s last day</source>
        <translation>Tage seither, bis zum letzten Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Tage seither</translation>
    </message>
    <message>
        <source>Recognitions from colleagues in the period</source>
        <translation>Anerkennungen durch Kolleg/innen im Zeitraum</translation>
    </message>
    <message>
        <source>From colleagues</source>
        <translation>Von Kolleg/innen</translation>
    </message>
</context>
<context>
    <name>goodwill::items::CapitalHeatmapModel</name>
    <message>
        <source>%1: %2 staff on %3</source>
        <translation>%1: %2 Mitarbeitende am %3</translation>
    </message>
    <message>
        <source>%1 on %2: no ECI. %3</source>
        <translation>%1 am %2: kein ECI. %3</translation>
    </message>
    <message>
        <source>%1 on %2: ECI %3 (80% band %4)</source>
        <translation>%1 am %2: ECI %3 (80-%-Band %4)</translation>
    </message>
    <message>
        <source>, %1 staff</source>
        <translation>, %1 Mitarbeitende</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see how it was computed.</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um die Berechnung zu sehen.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>ECI at the period end, %1</source>
        <translation>ECI am Periodenende, %1</translation>
    </message>
</context>
<context>
    <name>goodwill::items::CapitalMoversModel</name>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>ECI before</source>
        <translation>ECI vorher</translation>
    </message>
    <message>
        <source>ECI after</source>
        <translation>ECI nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Pillar that moved</source>
        <translation>Bewegte Säule</translation>
    </message>
    <message>
        <source>Pillar change</source>
        <translation>Säulenveränderung</translation>
    </message>
    <message>
        <source>The whole audience first, then the departments whose ECI fell most, then those whose ECI rose most (at most %1 each, by at least %2 point)</source>
        <translation>Zuerst die gesamte Zielgruppe, dann die Abteilungen, deren ECI am stärksten gefallen ist, dann die, deren ECI am stärksten gestiegen ist (jeweils höchstens %1, um mindestens %2 Punkt)</translation>
    </message>
    <message>
        <source>Whether the ECI rose or fell over the period</source>
        <translation>Ob der ECI über den Zeitraum gestiegen oder gefallen ist</translation>
    </message>
    <message>
        <source>The ECI (0–100) over the window ending on the day before the period (or the first period end with a whole window of data)</source>
        <translation>Der ECI (0–100) über das Zeitfenster, das am Tag vor dem Zeitraum endet (oder am ersten Periodenende mit einem ganzen Zeitfenster an Daten)</translation>
    </message>
    <message>
        <source>The ECI (0–100) over the window ending on the period&apos;s last day</source>
        <translation>Der ECI (0–100) über das Zeitfenster, das am letzten Tag des Zeitraums endet</translation>
    </message>
    <message>
        <source>ECI after minus ECI before, in points</source>
        <translation>ECI nachher minus ECI vorher, in Punkten</translation>
    </message>
    <message>
        <source>Of the four pillars, the one whose score moved most in the same direction as the ECI</source>
        <translation>Von den vier Säulen diejenige, deren Score sich am stärksten in dieselbe Richtung wie der ECI bewegt hat</translation>
    </message>
    <message>
        <source>That pillar&apos;s score after minus before, in points</source>
        <translation>Score dieser Säule nachher minus vorher, in Punkten</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Over the %1 days to %2.</source>
        <translation>In den %1 Tagen bis %2.</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Gestiegen</translation>
    </message>
    <message>
        <source>Fell</source>
        <translation>Gefallen</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Everyone in %1</source>
        <translation>Alle in %1</translation>
    </message>
    <message>
        <source>ECI of %1 on %2: %3. %4 Double-click to see how it was computed.</source>
        <translation>ECI von %1 am %2: %3. %4 Doppelklicken, um die Berechnung zu sehen.</translation>
    </message>
    <message>
        <source>%1 points: %2 on %3 against %4 on %5</source>
        <translation>%1 Punkte: %2 am %3 gegenüber %4 am %5</translation>
    </message>
    <message>
        <source>No pillar moved in the same direction as the ECI</source>
        <translation>Keine Säule hat sich in dieselbe Richtung wie der ECI bewegt</translation>
    </message>
    <message>
        <source>%1: %2 on %3 against %4 on %5</source>
        <translation>%1: %2 am %3 gegenüber %4 am %5</translation>
    </message>
    <message>
        <source>Everyone in the organisation</source>
        <translation>Alle in der Organisation</translation>
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
        <translation>Zeitraum bis %1</translation>
    </message>
    <message>
        <source>%1 on %2: no %3. %4</source>
        <translation>%1 am %2: kein %3. %4</translation>
    </message>
    <message>
        <source>%1, %2 on %3: %4</source>
        <translation>%1, %2 am %3: %4</translation>
    </message>
    <message>
        <source> (80% band %1)</source>
        <translation> (80-%-Band %1)</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Periodenende</translation>
    </message>
    <message>
        <source>%1 (80% low)</source>
        <translation>%1 (80&#xa0;% unten)</translation>
    </message>
    <message>
        <source>%1 (80% high)</source>
        <translation>%1 (80&#xa0;% oben)</translation>
    </message>
    <message>
        <source>%1 of %2 at each period end, 0–100</source>
        <translation>%1 von %2 an jedem Periodenende, 0–100</translation>
    </message>
</context>
<context>
    <name>goodwill::items::ChannelsModel</name>
    <message>
        <source>The kind stored when %1 was imported (the platform&apos;s, or the name rules&apos; at the time)</source>
        <translation>Der beim Import von %1 gespeicherte Typ (der der Plattform oder der damaligen Namensregeln)</translation>
    </message>
    <message>
        <source>The kind the name rules of the current model give &apos;%1&apos;</source>
        <translation>Der Typ, den die Namensregeln des aktuellen Modells &apos;%1&apos; geben</translation>
    </message>
    <message>
        <source>The kind every figure counts %1 as: the override, else the stored kind</source>
        <translation>Der Typ, als den jede Kennzahl %1 zählt: die Überschreibung, sonst der gespeicherte Typ</translation>
    </message>
    <message>
        <source>Double-click to set what %1 is for, whatever its name says</source>
        <translation>Doppelklicken, um festzulegen, wofür %1 dient, unabhängig vom Namen</translation>
    </message>
    <message>
        <source>No override</source>
        <translation>Keine Überschreibung</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Imported kind</source>
        <translation>Importierter Typ</translation>
    </message>
    <message>
        <source>Kind by name</source>
        <translation>Typ laut Name</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Überschreibung</translation>
    </message>
    <message>
        <source>Effective kind</source>
        <translation>Wirksamer Typ</translation>
    </message>
</context>
<context>
    <name>goodwill::items::DepartmentReachModel</name>
    <message>
        <source>Not recognised</source>
        <translation>Nicht anerkannt</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Anerkannt</translation>
    </message>
    <message>
        <source>Fewer than %1 staff</source>
        <translation>Weniger als %1 Mitarbeitende</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 has fewer than %2 staff: its size and reach are hidden so that no figure describes fewer than %2 people.</source>
        <translation>%1 hat weniger als %2 Mitarbeitende: Größe und Reichweite werden ausgeblendet, damit keine Kennzahl weniger als %2 Personen beschreibt.</translation>
    </message>
    <message>
        <source>%1: the leader reached %2% of its staff (%3), who replied or reacted to the leader&apos;s posts, %4 (staff on the last day)</source>
        <translation>%1: die Führungskraft hat %2&#xa0;% der Mitarbeitenden (%3) erreicht, die auf ihre Beiträge geantwortet oder reagiert haben, %4 (Mitarbeitende am letzten Tag)</translation>
    </message>
    <message>
        <source>%1: %2 staff on %3</source>
        <translation>%1: %2 Mitarbeitende am %3</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions naming someone in %1, %2 (one per message)</source>
        <translation>Die Anerkennungen der Führungskraft, die jemanden in %1 nennen, %2 (eine pro Nachricht)</translation>
    </message>
    <message>
        <source>Distinct people of %1 (on the day) the leader recognised, %2</source>
        <translation>Verschiedene Personen aus %1 (am jeweiligen Tag), die die Führungskraft anerkannt hat, %2</translation>
    </message>
    <message>
        <source>The leader recognised someone in %1, %2.</source>
        <translation>Die Führungskraft hat jemanden in %1 anerkannt, %2.</translation>
    </message>
    <message>
        <source>A blind spot: the leader recognised no one in %1, %2.</source>
        <translation>Ein blinder Fleck: die Führungskraft hat niemanden in %1 anerkannt, %2.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Reach (%)</source>
        <translation>Reichweite (%)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Anerkannte Personen</translation>
    </message>
    <message>
        <source>Recognised?</source>
        <translation>Anerkannt?</translation>
    </message>
    <message>
        <source>Departments with staff on the period&apos;s last day, or recognised by the leader.</source>
        <translation>Abteilungen mit Mitarbeitenden am letzten Tag des Zeitraums oder von der Führungskraft anerkannt.</translation>
    </message>
    <message>
        <source>Of the department&apos;s staff on the last day, the share who replied or reacted to the leader&apos;s posts in the period (hidden under %1 staff).</source>
        <translation>Von den Mitarbeitenden der Abteilung am letzten Tag der Anteil, der im Zeitraum auf die Beiträge der Führungskraft geantwortet oder reagiert hat (ausgeblendet unter %1 Mitarbeitenden).</translation>
    </message>
    <message>
        <source>Staff on the period&apos;s last day (hidden under %1).</source>
        <translation>Mitarbeitende am letzten Tag des Zeitraums (ausgeblendet unter %1).</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions naming someone of the department on the day.</source>
        <translation>Die Anerkennungen der Führungskraft, die jemanden aus der Abteilung (am jeweiligen Tag) nennen.</translation>
    </message>
    <message>
        <source>Distinct people of the department the leader recognised.</source>
        <translation>Verschiedene Personen der Abteilung, die die Führungskraft anerkannt hat.</translation>
    </message>
    <message>
        <source>Whether the leader recognised anyone in the department in the period.</source>
        <translation>Ob die Führungskraft im Zeitraum jemanden in der Abteilung anerkannt hat.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::DepartmentSummaryModel</name>
    <message>
        <source>%1: %2 staff on %3</source>
        <translation>%1: %2 Mitarbeitende am %3</translation>
    </message>
    <message>
        <source>%1: no ECI on %2. %3</source>
        <translation>%1: kein ECI am %2. %3</translation>
    </message>
    <message>
        <source>%1: emotional-capital index %2 on %3 (80% band %4), 0–100.</source>
        <translation>%1: Index des emotionalen Kapitals %2 am %3 (80-%-Band %4), 0–100.</translation>
    </message>
    <message>
        <source>%1: no change to show (the ECI is missing now or at the previous period end)</source>
        <translation>%1: keine Veränderung anzuzeigen (der ECI fehlt jetzt oder am vorigen Periodenende)</translation>
    </message>
    <message>
        <source>%1: ECI %2 on %3, %4 on %5: %6 points</source>
        <translation>%1: ECI %2 am %3, %4 am %5: %6 Punkte</translation>
    </message>
    <message>
        <source>%1: no year-over-year change (the data does not reach a full window a year before %2, or the ECI is missing then)</source>
        <translation>%1: keine Veränderung zum Vorjahr (die Daten reichen nicht ein ganzes Zeitfenster vor ein Jahr vor %2 zurück, oder der ECI fehlt dann)</translation>
    </message>
    <message>
        <source>%1: the ECI on %2 minus the ECI a year before: %3 points</source>
        <translation>%1: der ECI am %2 minus der ECI ein Jahr zuvor: %3 Punkte</translation>
    </message>
    <message>
        <source>%1: no %2 score on %3 (every signal of it missing or thin)</source>
        <translation>%1: kein %2-Score am %3 (alle zugehörigen Signale fehlen oder sind zu dünn)</translation>
    </message>
    <message>
        <source>%1: %2 %3 on %4 (80% band %5), 0–100.</source>
        <translation>%1: %2 %3 am %4 (80-%-Band %5), 0–100.</translation>
    </message>
    <message>
        <source>%1: no alerts in the period</source>
        <translation>%1: keine Warnungen im Zeitraum</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>ECI</source>
        <translation>ECI</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Zum Vorjahr</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>The department, in its colour on every chart</source>
        <translation>Die Abteilung, in ihrer Farbe in jedem Diagramm</translation>
    </message>
    <message>
        <source>Staff in the department on the last day</source>
        <translation>Mitarbeitende der Abteilung am letzten Tag</translation>
    </message>
    <message>
        <source>Emotional-capital index on the last day, 0–100, over the trailing window</source>
        <translation>Index des emotionalen Kapitals am letzten Tag, 0–100, über das gleitende Zeitfenster</translation>
    </message>
    <message>
        <source>ECI points gained or lost since the previous period end</source>
        <translation>Seit dem vorigen Periodenende gewonnene oder verlorene ECI-Punkte</translation>
    </message>
    <message>
        <source>ECI points gained or lost against the same day a year before</source>
        <translation>Gegenüber demselben Tag im Vorjahr gewonnene oder verlorene ECI-Punkte</translation>
    </message>
    <message>
        <source>The ECI at each period end</source>
        <translation>Der ECI an jedem Periodenende</translation>
    </message>
    <message>
        <source>Falls of the ECI or of a pillar in the period</source>
        <translation>Rückgänge des ECI oder einer Säule im Zeitraum</translation>
    </message>
    <message>
        <source>%1 pillar score on the last day, 0–100</source>
        <translation>Score der Säule %1 am letzten Tag, 0–100</translation>
    </message>
</context>
<context>
    <name>goodwill::items::DepartmentsListModel</name>
    <message>
        <source>Staff whose roster stint puts them in %1 today (leaders, bots and guests not counted)</source>
        <translation>Mitarbeitende, die laut Zuordnungszeitraum der Personalliste heute zu %1 gehören (Führungskräfte, Bots und Gäste nicht gezählt)</translation>
    </message>
    <message>
        <source>Leaders in %1 today</source>
        <translation>Führungskräfte in %1 heute</translation>
    </message>
    <message>
        <source>Everyone the roster ever placed in %1, whatever their role</source>
        <translation>Alle, die die Personalliste jemals %1 zugeordnet hat, unabhängig von ihrer Rolle</translation>
    </message>
    <message>
        <source>Double-click to list the people of %1</source>
        <translation>Doppelklicken, um die Personen von %1 aufzulisten</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Staff today</source>
        <translation>Mitarbeitende heute</translation>
    </message>
    <message>
        <source>Leaders today</source>
        <translation>Führungskräfte heute</translation>
    </message>
    <message>
        <source>People, all time</source>
        <translation>Personen insgesamt</translation>
    </message>
</context>
<context>
    <name>goodwill::items::EngagementQuestionsModel</name>
    <message>
        <source>You marked this question handled on %1; it is left out of your open questions and nudges. Undo or “Mark not handled” brings it back.</source>
        <translation>Sie haben diese Frage am %1 als erledigt markiert; sie erscheint nicht mehr in Ihren offenen Fragen und Impulsen. „Rückgängig“ oder „Als nicht erledigt markieren“ holt sie zurück.</translation>
    </message>
    <message>
        <source>Open: not marked handled.</source>
        <translation>Offen: nicht als erledigt markiert.</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>When you marked the question handled (answered elsewhere, or nothing to answer); empty while it is open.</source>
        <translation>Wann Sie die Frage als erledigt markiert haben (anderswo beantwortet oder nichts zu beantworten); leer, solange sie offen ist.</translation>
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
        <translation>keine</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>How it is used</source>
        <translation>Verwendung</translation>
    </message>
</context>
<context>
    <name>goodwill::items::EvidenceMessagesModel</name>
    <message>
        <source>Post</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Counts towards the figure&apos;s numerator</source>
        <translation>Zählt zum Zähler der Kennzahl</translation>
    </message>
    <message>
        <source>Listed, but not counted in the numerator</source>
        <translation>Aufgeführt, aber nicht im Zähler gezählt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Gezählt</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>goodwill::items::ImportRunsModel</name>
    <message>
        <source>did not finish</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Input records this run left out (already imported, bots, system messages ...); the report says why</source>
        <translation>Eingangsdatensätze, die dieser Lauf ausgelassen hat (bereits importiert, Bots, Systemnachrichten ...); der Bericht nennt die Gründe</translation>
    </message>
    <message>
        <source>What this run added to the database</source>
        <translation>Was dieser Lauf der Datenbank hinzugefügt hat</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Neue Personen</translation>
    </message>
    <message>
        <source>New channels</source>
        <translation>Neue Kanäle</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
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
        <translation>Periodenende</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>The last day of each week, month or quarter (the filter&apos;s granularity).</source>
        <translation>Der letzte Tag jeder Woche, jedes Monats oder Quartals (die Granularität des Filters).</translation>
    </message>
    <message>
        <source>The leader&apos;s posts in the period.</source>
        <translation>Die Beiträge der Führungskraft im Zeitraum.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies in the period.</source>
        <translation>Die Antworten der Führungskraft im Zeitraum.</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions in the period.</source>
        <translation>Die Anerkennungen der Führungskraft im Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln post(s)</source>
        <translation>
            <numerusform>%1: %Ln Beitrag</numerusform>
            <numerusform>%1: %Ln Beiträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln reply(ies)</source>
        <translation>
            <numerusform>%1: %Ln Antwort</numerusform>
            <numerusform>%1: %Ln Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recognition(s)</source>
        <translation>
            <numerusform>%1: %Ln Anerkennung</numerusform>
            <numerusform>%1: %Ln Anerkennungen</numerusform>
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
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, %2: lower is better.</source>
        <translation>%1, %2: niedriger ist besser.</translation>
    </message>
    <message>
        <source>%1, %2: higher is better.</source>
        <translation>%1, %2: höher ist besser.</translation>
    </message>
    <message>
        <source>Nothing to measure for you in %1: no percentile.</source>
        <translation>Für Sie gibt es in %1 nichts zu messen: kein Perzentil.</translation>
    </message>
    <message>
        <source>You have no value for this figure in the period.</source>
        <translation>Sie haben für diese Kennzahl im Zeitraum keinen Wert.</translation>
    </message>
    <message>
        <source>Fewer than two leaders have a value: there is no one to compare with.</source>
        <translation>Weniger als zwei Führungskräfte haben einen Wert: es gibt niemanden zum Vergleichen.</translation>
    </message>
    <message>
        <source>Leaders with a value for this figure in the period, you included. Only your own place is shown, never a ranking of names.</source>
        <translation>Führungskräfte mit einem Wert für diese Kennzahl im Zeitraum, Sie eingeschlossen. Nur Ihre eigene Position wird gezeigt, nie eine Rangliste mit Namen.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>Leaders compared</source>
        <translation>Verglichene Führungskräfte</translation>
    </message>
    <message>
        <source>A leader figure of the period (docs/model.md section 3).</source>
        <translation>Eine Kennzahl der Führungskraft im Zeitraum (docs/model.md, Abschnitt 3).</translation>
    </message>
    <message>
        <source>Your value over the period.</source>
        <translation>Ihr Wert über den Zeitraum.</translation>
    </message>
    <message>
        <source>Your place among leaders, 0 to 100: the share of leaders you do better than, counting ties as half. 50 is the middle.</source>
        <translation>Ihre Position unter den Führungskräften, 0 bis 100: der Anteil der Führungskräfte, die Sie übertreffen, Gleichstände zur Hälfte gezählt. 50 ist die Mitte.</translation>
    </message>
    <message>
        <source>How many leaders have a value for the figure, you included.</source>
        <translation>Wie viele Führungskräfte einen Wert für die Kennzahl haben, Sie eingeschlossen.</translation>
    </message>
    <message>
        <source>%1, yours, %2. Double-click to see how it was computed.</source>
        <translation>%1, Ihr Wert, %2. Doppelklicken Sie, um zu sehen, wie er berechnet wurde.</translation>
    </message>
    <message>
        <source>%3: of %1 leaders with a value, %2 have a higher one than you and %4 the same (you included): 100 × (%2 + %4 / 2) / %1 = %5.</source>
        <translation>%3: Von %1 Führungskräften mit einem Wert haben %2 einen höheren als Sie und %4 denselben (Sie eingeschlossen): 100 × (%2 + %4 / 2) / %1 = %5.</translation>
    </message>
    <message>
        <source>%3: of %1 leaders with a value, %2 have a lower one than you and %4 the same (you included): 100 × (%2 + %4 / 2) / %1 = %5.</source>
        <translation>%3: Von %1 Führungskräften mit einem Wert haben %2 einen niedrigeren als Sie und %4 denselben (Sie eingeschlossen): 100 × (%2 + %4 / 2) / %1 = %5.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::LeaderResponseTrendModel</name>
    <message>
        <source>%1: no staff comments to the leader, nothing to rate.</source>
        <translation>%1: keine Mitarbeiterkommentare an die Führungskraft, nichts zu bewerten.</translation>
    </message>
    <message>
        <source>%1: reply rate %2% (%3 of %4 staff comments answered in the thread within %5 h)</source>
        <translation>%1: Antwortquote %2&#xa0;% (%3 von %4 Mitarbeiterkommentaren innerhalb von %5 h im Thread beantwortet)</translation>
    </message>
    <message>
        <source>%1: no staff comment answered, no time to measure.</source>
        <translation>%1: kein Mitarbeiterkommentar beantwortet, keine Zeit zu messen.</translation>
    </message>
    <message>
        <source>%1: median %2 h from a staff comment to the leader&apos;s first later reply in the thread (comments answered at all)</source>
        <translation>%1: Median %2 h von einem Mitarbeiterkommentar bis zur ersten späteren Antwort der Führungskraft im Thread (überhaupt beantwortete Kommentare)</translation>
    </message>
    <message>
        <source>Period ending</source>
        <translation>Periodenende</translation>
    </message>
    <message>
        <source>Reply rate (%)</source>
        <translation>Antwortquote (%)</translation>
    </message>
    <message>
        <source>Median first reply (h)</source>
        <translation>Median erste Antwort (h)</translation>
    </message>
    <message>
        <source>The last day of each week, month or quarter (the filter&apos;s granularity).</source>
        <translation>Der letzte Tag jeder Woche, jedes Monats oder Quartals (die Granularität des Filters).</translation>
    </message>
    <message>
        <source>Share of the period&apos;s staff comments to the leader followed by the leader&apos;s reply in the thread within %1 h.</source>
        <translation>Anteil der Mitarbeiterkommentare des Zeitraums an die Führungskraft, auf die innerhalb von %1 h ihre Antwort im Thread folgte.</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to the leader&apos;s first later reply in the thread, over the period&apos;s comments answered at all.</source>
        <translation>Median der Stunden von einem Mitarbeiterkommentar bis zur ersten späteren Antwort der Führungskraft im Thread, über die überhaupt beantworteten Kommentare des Zeitraums.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::LeaderResponsivenessModel</name>
    <message>
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Staff comments</source>
        <translation>Mitarbeiterkommentare</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>Median erste Antwort</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Gestellte Fragen</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Unbeantwortet</translation>
    </message>
    <message>
        <source>Leaders the audience wrote to or who lead part of it; the most unanswered questions first</source>
        <translation>Führungskräfte, denen die Zielgruppe geschrieben hat oder die einen Teil davon leiten; die meisten unbeantworteten Fragen zuerst</translation>
    </message>
    <message>
        <source>The leader&apos;s department on the period&apos;s last day</source>
        <translation>Die Abteilung der Führungskraft am letzten Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Staff replies in the leader&apos;s threads and staff messages naming the leader, from all staff, in the period</source>
        <translation>Antworten von Mitarbeitenden in den Threads der Führungskraft und Nachrichten von Mitarbeitenden, die sie nennen, von allen Mitarbeitenden, im Zeitraum</translation>
    </message>
    <message>
        <source>Share of those staff comments the leader answered in the thread within %1 hours</source>
        <translation>Anteil dieser Mitarbeiterkommentare, die die Führungskraft innerhalb von %1 Stunden im Thread beantwortet hat</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to the leader&apos;s first later reply in the thread, over the comments answered at all</source>
        <translation>Median der Stunden von einem Mitarbeiterkommentar bis zur ersten späteren Antwort der Führungskraft im Thread, über die überhaupt beantworteten Kommentare</translation>
    </message>
    <message>
        <source>Staff questions from the audience to the leader in the period (on the leader&apos;s threads or naming them)</source>
        <translation>Fragen von Mitarbeitenden der Zielgruppe an die Führungskraft im Zeitraum (in ihren Threads oder mit Nennung)</translation>
    </message>
    <message>
        <source>Of those questions, the ones the leader has not replied to in the thread, up to the end of the data</source>
        <translation>Von diesen Fragen diejenigen, auf die die Führungskraft im Thread bis zum Ende der Daten nicht geantwortet hat</translation>
    </message>
    <message>
        <source>%1 answered %2 of the staff comments within the reply window. Double-click to see them.</source>
        <translation>%1 hat %2 der Mitarbeiterkommentare innerhalb des Antwortfensters beantwortet. Doppelklicken, um sie zu sehen.</translation>
    </message>
    <message>
        <source>No staff comments to rate in the period</source>
        <translation>Keine Mitarbeiterkommentare im Zeitraum zu bewerten</translation>
    </message>
    <message>
        <source>No staff comment was answered: no time to measure</source>
        <translation>Kein Mitarbeiterkommentar wurde beantwortet: keine Zeit zu messen</translation>
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
        <translation>%1 h</translation>
    </message>
    <message>
        <source>The leader (an effective role of leader: override, roster or title).</source>
        <translation>Die Führungskraft (wirksame Rolle Führungskraft: Überschreibung, Personalliste oder Jobtitel).</translation>
    </message>
    <message>
        <source>The leader&apos;s e-mail address.</source>
        <translation>Die E-Mail-Adresse der Führungskraft.</translation>
    </message>
    <message>
        <source>The leader&apos;s department on the period&apos;s last day.</source>
        <translation>Die Abteilung der Führungskraft am letzten Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Observer: fewer than 2 posts and replies per 4 weeks; else Broadcaster: conversation ratio under 0.25; else Responder: over 0.75; else Catalyst: staff responses per post at least twice the leaders&apos; median, ratio at most 0.5; else Engager.</source>
        <translation>Beobachter: weniger als 2 Beiträge und Antworten pro 4 Wochen; sonst Verkünder: Dialogquote unter 0,25; sonst Antwortgeber: über 0,75; sonst Katalysator: Rückmeldungen von Mitarbeitenden pro Beitrag mindestens das Doppelte des Medians der Führungskräfte, Quote höchstens 0,5; sonst Dialogpartner.</translation>
    </message>
    <message>
        <source>The leader&apos;s posts.</source>
        <translation>Die Beiträge der Führungskraft.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies.</source>
        <translation>Die Antworten der Führungskraft.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies to a message by a staff member.</source>
        <translation>Die Antworten der Führungskraft auf eine Nachricht von Mitarbeitenden.</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions: thanks or praise naming someone (a recognition message, a recognition channel, or a recognition phrase next to a mention).</source>
        <translation>Die Anerkennungen der Führungskraft: Dank oder Lob, das jemanden nennt (eine Anerkennungsnachricht, ein Anerkennungskanal oder eine Anerkennungsformulierung neben einer Erwähnung).</translation>
    </message>
    <message>
        <source>Distinct people the leader recognised.</source>
        <translation>Verschiedene Personen, die die Führungskraft anerkannt hat.</translation>
    </message>
    <message>
        <source>Distinct departments of the people recognised, on the day.</source>
        <translation>Verschiedene Abteilungen der anerkannten Personen, am jeweiligen Tag.</translation>
    </message>
    <message>
        <source>Staff replies in threads the leader started, plus staff posts and replies that mention the leader; each message once.</source>
        <translation>Antworten von Mitarbeitenden in Threads, die die Führungskraft begonnen hat, sowie Beiträge und Antworten von Mitarbeitenden, die die Führungskraft erwähnen; jede Nachricht einmal.</translation>
    </message>
    <message>
        <source>Staff comments followed by a reply of the leader in the same thread within %1 h.</source>
        <translation>Mitarbeiterkommentare, auf die innerhalb von %1 h eine Antwort der Führungskraft im selben Thread folgte.</translation>
    </message>
    <message>
        <source>Answered comments / staff comments: the share followed by the leader&apos;s reply in the thread within %1 h.</source>
        <translation>Beantwortete Kommentare / Mitarbeiterkommentare: der Anteil, auf den innerhalb von %1 h die Antwort der Führungskraft im Thread folgte.</translation>
    </message>
    <message>
        <source>Staff comments that are questions (a question mark, or a post in a Q&amp;A channel).</source>
        <translation>Mitarbeiterkommentare, die Fragen sind (ein Fragezeichen oder ein Beitrag in einem Q&amp;A-Kanal).</translation>
    </message>
    <message>
        <source>Staff questions followed by the leader&apos;s reply in the thread within %1 h.</source>
        <translation>Mitarbeiterfragen, auf die innerhalb von %1 h die Antwort der Führungskraft im Thread folgte.</translation>
    </message>
    <message>
        <source>Answered questions / staff questions.</source>
        <translation>Beantwortete Fragen / Mitarbeiterfragen.</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to the leader&apos;s first later reply in the thread, over the comments answered at all.</source>
        <translation>Median der Stunden von einem Mitarbeiterkommentar bis zur ersten späteren Antwort der Führungskraft im Thread, über die überhaupt beantworteten Kommentare.</translation>
    </message>
    <message>
        <source>Distinct staff who replied or reacted to the leader&apos;s posts.</source>
        <translation>Verschiedene Mitarbeitende, die auf die Beiträge der Führungskraft geantwortet oder reagiert haben.</translation>
    </message>
    <message>
        <source>Staff replies and reactions on the leader&apos;s posts.</source>
        <translation>Antworten und Reaktionen von Mitarbeitenden auf die Beiträge der Führungskraft.</translation>
    </message>
    <message>
        <source>Replies / (posts + replies).</source>
        <translation>Antworten / (Beiträge + Antworten).</translation>
    </message>
    <message>
        <source>Share of the seven-day blocks from the period&apos;s first day with a post, reply or recognition of the leader.</source>
        <translation>Anteil der Sieben-Tage-Blöcke ab dem ersten Tag des Zeitraums mit einem Beitrag, einer Antwort oder einer Anerkennung der Führungskraft.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3): %4</translation>
    </message>
    <message>
        <source>No staff comment was answered: no time to measure.</source>
        <translation>Kein Mitarbeiterkommentar wurde beantwortet: keine Zeit zu messen.</translation>
    </message>
    <message>
        <source>No posts or replies: no ratio.</source>
        <translation>Keine Beiträge oder Antworten: keine Quote.</translation>
    </message>
    <message>
        <source>Nothing to rate in the period.</source>
        <translation>Im Zeitraum gibt es nichts zu bewerten.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::MonthlyActivityModel</name>
    <message>
        <source>%1: %2 posts, %3 replies, %4 reactions, %5 recognitions</source>
        <translation>%1: %2 Beiträge, %3 Antworten, %4 Reaktionen, %5 Anerkennungen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
</context>
<context>
    <name>goodwill::items::NotRecognisedDepartmentsModel</name>
    <message>
        <source>You recognised no one in %1 in the %2 days to %3. Double-click for its leader recognition share (P2) on %3.</source>
        <translation>Sie haben in den %2 Tagen bis %3 niemanden in %1 anerkannt. Doppelklicken für den Anerkennungsanteil der Führung (P2) am %3.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Your latest recognition naming someone in %1 (in the channels and sources of the filter).</source>
        <translation>Ihre letzte Anerkennung, die jemanden in %1 nennt (in den Kanälen und Quellen des Filters).</translation>
    </message>
    <message>
        <source>You have not recognised anyone in %1 in this data.</source>
        <translation>Sie haben in diesen Daten niemanden in %1 anerkannt.</translation>
    </message>
    <message>
        <source>Days from your latest recognition in %1 to %2.</source>
        <translation>Tage von Ihrer letzten Anerkennung in %1 bis %2.</translation>
    </message>
    <message>
        <source>No leader: a blind spot</source>
        <translation>Keine Führungskraft: ein blinder Fleck</translation>
    </message>
    <message>
        <source>Other leaders did</source>
        <translation>Andere Führungskräfte ja</translation>
    </message>
    <message>
        <source>No leader recognised anyone in %1 in the %2 days to %3.</source>
        <translation>Keine Führungskraft hat in den %2 Tagen bis %3 jemanden in %1 anerkannt.</translation>
    </message>
    <message>
        <source>Another leader recognised someone in %1 in the %2 days to %3.</source>
        <translation>Eine andere Führungskraft hat in den %2 Tagen bis %3 jemanden in %1 anerkannt.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Your last recognition there</source>
        <translation>Ihre letzte Anerkennung dort</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Tage seither</translation>
    </message>
    <message>
        <source>Any leader in the window</source>
        <translation>Irgendeine Führungskraft im Zeitfenster</translation>
    </message>
    <message>
        <source>Departments with at least k staff on the last day in which you recognised no one in the window.</source>
        <translation>Abteilungen mit mindestens k Mitarbeitenden am letzten Tag, in denen Sie im Zeitfenster niemanden anerkannt haben.</translation>
    </message>
    <message>
        <source>The day of your latest recognition naming someone in the department.</source>
        <translation>Der Tag Ihrer letzten Anerkennung, die jemanden in der Abteilung nennt.</translation>
    </message>
    <message>
        <source>Days from that recognition to the window&apos;s last day.</source>
        <translation>Tage von dieser Anerkennung bis zum letzten Tag des Zeitfensters.</translation>
    </message>
    <message>
        <source>Whether any leader recognised someone in the department in the window.</source>
        <translation>Ob irgendeine Führungskraft im Zeitfenster jemanden in der Abteilung anerkannt hat.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::NotRecognisedPeopleModel</name>
    <message>
        <source>%1 wrote to you or responded to your posts between %2 and %3, and you did not recognise them in that time.</source>
        <translation>%1 hat Ihnen zwischen %2 und %3 geschrieben oder auf Ihre Beiträge reagiert, und Sie haben die Person in dieser Zeit nicht anerkannt.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(keine Abteilung)</translation>
    </message>
    <message>
        <source>Their department on %1.</source>
        <translation>Abteilung der Person am %1.</translation>
    </message>
    <message>
        <source>The day of their latest reply or reaction to your posts, or comment to you, in the window.</source>
        <translation>Der Tag der letzten Antwort oder Reaktion der Person auf Ihre Beiträge oder ihres letzten Kommentars an Sie im Zeitfenster.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Your latest recognition of %1, before the window.</source>
        <translation>Ihre letzte Anerkennung von %1, vor dem Zeitfenster.</translation>
    </message>
    <message>
        <source>You have not recognised %1 in this data.</source>
        <translation>Sie haben %1 in diesen Daten nicht anerkannt.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Last wrote to you</source>
        <translation>Schrieb Ihnen zuletzt</translation>
    </message>
    <message>
        <source>Your last recognition</source>
        <translation>Ihre letzte Anerkennung</translation>
    </message>
    <message>
        <source>Staff who replied or reacted to your posts, or wrote a comment to you, in the window: people you see by name in your own threads.</source>
        <translation>Mitarbeitende, die im Zeitfenster auf Ihre Beiträge geantwortet oder reagiert oder Ihnen einen Kommentar geschrieben haben: Personen, die Sie in Ihren eigenen Threads namentlich sehen.</translation>
    </message>
    <message>
        <source>Their department on the window&apos;s last day.</source>
        <translation>Abteilung der Person am letzten Tag des Zeitfensters.</translation>
    </message>
    <message>
        <source>Their latest message or reaction to you in the window.</source>
        <translation>Die letzte Nachricht oder Reaktion der Person an Sie im Zeitfenster.</translation>
    </message>
    <message>
        <source>Your latest recognition of them, before the window; never when not in the data.</source>
        <translation>Ihre letzte Anerkennung der Person vor dem Zeitfenster; „nie“, wenn keine in den Daten ist.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::NudgesModel</name>
    <message>
        <source>%1 Double-click to see the figure behind it.</source>
        <translation>%1 Doppelklicken, um die zugrunde liegende Kennzahl zu sehen.</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <source>Suggestions worked out from your figures; hover one for its rule.</source>
        <translation>Vorschläge, die aus Ihren Kennzahlen abgeleitet sind; zeigen Sie auf einen, um seine Regel zu sehen.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::PeopleModel</name>
    <message>
        <source>The role every figure counts %1 under: the override, else bot or guest as stored, else the roster&apos;s leader flag, else a leader title, else the stored role</source>
        <translation>Die Rolle, unter der jede Kennzahl %1 zählt: die Überschreibung, sonst Bot oder Gast wie gespeichert, sonst die Führungskraft-Markierung der Personalliste, sonst ein Jobtitel, der auf eine Führungsrolle hinweist, sonst die gespeicherte Rolle</translation>
    </message>
    <message>
        <source>Double-click to set the role %1 is counted under, whatever the sources and the roster say</source>
        <translation>Doppelklicken, um die Rolle festzulegen, unter der %1 gezählt wird, unabhängig davon, was Quellen und Personalliste sagen</translation>
    </message>
    <message>
        <source>No override</source>
        <translation>Keine Überschreibung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Jobtitel</translation>
    </message>
    <message>
        <source>Department today</source>
        <translation>Abteilung heute</translation>
    </message>
    <message>
        <source>Stored role</source>
        <translation>Gespeicherte Rolle</translation>
    </message>
    <message>
        <source>Effective role</source>
        <translation>Wirksame Rolle</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Überschreibung</translation>
    </message>
</context>
<context>
    <name>goodwill::items::PillarModel</name>
    <message>
        <source>%1: no %2 score on %3 (every signal of it missing or thin)</source>
        <translation>%1: kein %2-Score am %3 (alle zugehörigen Signale fehlen oder sind zu dünn)</translation>
    </message>
    <message>
        <source>%1: %2 %3 on %4 (80% band %5), 0–100</source>
        <translation>%1: %2 %3 am %4 (80-%-Band %5), 0–100</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>Pillar scores on %1, 0–100</source>
        <translation>Säulen-Scores am %1, 0–100</translation>
    </message>
</context>
<context>
    <name>goodwill::items::QuestionThemesModel</name>
    <message>
        <source>“%1” — asked %2, waiting %3</source>
        <translation>„%1“ – gefragt %2, wartet %3</translation>
    </message>
    <message>
        <source>%1 open staff questions share the word “%2”, from %3 different people. Expand the row for examples.</source>
        <translation>%1 offene Mitarbeiterfragen enthalten das Wort „%2“, von %3 verschiedenen Personen. Klappen Sie die Zeile für Beispiele auf.</translation>
    </message>
    <message>
        <source>A word shared by open staff questions from at least %1 different people (stop words left out); expand for examples</source>
        <translation>Ein Wort, das offene Mitarbeiterfragen von mindestens %1 verschiedenen Personen gemeinsam haben (Stoppwörter ausgelassen); aufklappen für Beispiele</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Open staff questions in the theme</source>
        <translation>Offene Mitarbeiterfragen zum Thema</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Distinct people who asked them</source>
        <translation>Verschiedene Personen, die sie gestellt haben</translation>
    </message>
    <message>
        <source>Askers</source>
        <translation>Fragende</translation>
    </message>
    <message>
        <source>Other words in at least two of the theme&apos;s questions</source>
        <translation>Weitere Wörter in mindestens zwei Fragen des Themas</translation>
    </message>
    <message>
        <source>Also mentioned</source>
        <translation>Ebenfalls erwähnt</translation>
    </message>
</context>
<context>
    <name>goodwill::items::RecentRecognitionModel</name>
    <message>
        <source>%1 (a leader)</source>
        <translation>%1 (Führungskraft)</translation>
    </message>
    <message>
        <source>The people recognised were in no department on the day</source>
        <translation>Die anerkannten Personen gehörten an dem Tag keiner Abteilung an</translation>
    </message>
    <message>
        <source>The departments of the people recognised, on the day: %1</source>
        <translation>Die Abteilungen der anerkannten Personen am jeweiligen Tag: %1</translation>
    </message>
    <message>
        <source>When it was posted (local time)</source>
        <translation>Wann die Anerkennung gepostet wurde (Ortszeit)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who recognised (leaders in bold)</source>
        <translation>Wer anerkannt hat (Führungskräfte fett)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The people recognised</source>
        <translation>Die anerkannten Personen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Their departments on the day</source>
        <translation>Ihre Abteilungen am jeweiligen Tag</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>The start of the message</source>
        <translation>Der Anfang der Nachricht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>goodwill::items::RecognisedShareModel</name>
    <message>
        <source>The %1 days to %2</source>
        <translation>Die %1 Tage bis %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: no staff to measure</source>
        <translation>%1, %2: keine Mitarbeitenden zu messen</translation>
    </message>
    <message>
        <source>%1, %2: only %3 staff, too few to show a share</source>
        <translation>%1, %2: nur %3 Mitarbeitende, zu wenige, um einen Anteil zu zeigen</translation>
    </message>
    <message>
        <source>%1, %2: %3% of %4 staff recognised at least once in the %5 days to then</source>
        <translation>%1, %2: %3&#xa0;% von %4 Mitarbeitenden in den %5 Tagen bis dahin mindestens einmal anerkannt</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Periodenende</translation>
    </message>
    <message>
        <source>%1: share of staff recognised at least once in the trailing window (P1), %</source>
        <translation>%1: Anteil der Mitarbeitenden, die im gleitenden Zeitfenster mindestens einmal anerkannt wurden (P1), %</translation>
    </message>
</context>
<context>
    <name>goodwill::items::RecognitionMatrixModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, %2 (on %3)</source>
        <translation>%1, %2 (am %3)</translation>
    </message>
    <message>
        <source>Recognitions by %1, %2: %3 (each counted once, however many people it names, in every department). Double-click to see how it is counted.</source>
        <translation>Anerkennungen durch %1, %2: %3 (jede einmal gezählt, egal wie viele Personen sie nennt, in jeder Abteilung). Doppelklicken, um zu sehen, wie gezählt wird.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recognitions by %1 of people in %2, %3: %4 (one per person recognised, by the department they were in on the day)</source>
        <translation>Anerkennungen durch %1 von Personen in %2, %3: %4 (eine pro anerkannter Person, nach der Abteilung, der sie an dem Tag angehörte)</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>Every leader, including those who recognised no one</source>
        <translation>Alle Führungskräfte, auch die, die niemanden anerkannt haben</translation>
    </message>
    <message>
        <source>All recognitions</source>
        <translation>Alle Anerkennungen</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions %1, each counted once</source>
        <translation>Die Anerkennungen der Führungskraft, %1, jede einmal gezählt</translation>
    </message>
    <message>
        <source>%1: %2 staff on %3; recognitions received %4: %5, from leaders: %6</source>
        <translation>%1: %2 Mitarbeitende am %3; erhaltene Anerkennungen %4: %5, davon von Führungskräften: %6</translation>
    </message>
</context>
<context>
    <name>goodwill::items::ShoutOutPeopleModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Anerkannt von</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>People recognised in public channels by at least %1 different people in the period, listed by name (a list of candidates, not a ranking)</source>
        <translation>Personen, die im Zeitraum in öffentlichen Kanälen von mindestens %1 verschiedenen Personen anerkannt wurden, nach Name (eine Liste von Kandidaten, keine Rangliste)</translation>
    </message>
    <message>
        <source>Their department on the day of their latest recognition</source>
        <translation>Ihre Abteilung am Tag ihrer letzten Anerkennung</translation>
    </message>
    <message>
        <source>Distinct people who recognised them in public channels</source>
        <translation>Verschiedene Personen, die sie in öffentlichen Kanälen anerkannt haben</translation>
    </message>
    <message>
        <source>Recognitions naming them in public channels (announcement, recognition, social and Q&amp;A channels)</source>
        <translation>Anerkennungen, die sie in öffentlichen Kanälen nennen (Ankündigungs-, Anerkennungs-, soziale und Q&amp;A-Kanäle)</translation>
    </message>
    <message>
        <source>A leader</source>
        <translation>Eine Führungskraft</translation>
    </message>
</context>
<context>
    <name>goodwill::items::ShoutOutTeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Anerkannte Personen</translation>
    </message>
    <message>
        <source>Per member</source>
        <translation>Pro Mitglied</translation>
    </message>
    <message>
        <source>Departments recognised in public channels in the period, the most recognitions per member first (at most %1)</source>
        <translation>Abteilungen, die im Zeitraum in öffentlichen Kanälen anerkannt wurden, die meisten Anerkennungen pro Mitglied zuerst (höchstens %1)</translation>
    </message>
    <message>
        <source>Staff in the department on the period&apos;s last day</source>
        <translation>Mitarbeitende der Abteilung am letzten Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Recognitions in public channels, one per person of the department they name (by the department on the day)</source>
        <translation>Anerkennungen in öffentlichen Kanälen, eine pro genannter Person der Abteilung (nach der Abteilung am jeweiligen Tag)</translation>
    </message>
    <message>
        <source>Distinct people of the department recognised</source>
        <translation>Verschiedene anerkannte Personen der Abteilung</translation>
    </message>
    <message>
        <source>Recognitions divided by the staff</source>
        <translation>Anerkennungen geteilt durch die Mitarbeitenden</translation>
    </message>
</context>
<context>
    <name>goodwill::items::SignalSettingsModel</name>
    <message>
        <source>This cell cannot be edited.</source>
        <translation>Diese Zelle kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>The floor and the target of %1 must differ.</source>
        <translation>Untergrenze und Zielwert von %1 müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>logarithmic</source>
        <translation>logarithmisch</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>Scored on log(hours): a reply within a minute counts as a minute</source>
        <translation>Bewertet auf log(Stunden): eine Antwort innerhalb einer Minute zählt als eine Minute</translation>
    </message>
    <message>
        <source>Scored linearly between the floor (0) and the target (100)</source>
        <translation>Linear bewertet zwischen der Untergrenze (0) und dem Zielwert (100)</translation>
    </message>
    <message>
        <source>The weight of %1 within its pillar</source>
        <translation>Das Gewicht von %1 innerhalb seiner Säule</translation>
    </message>
    <message>
        <source>%1 scores 0 at %2</source>
        <translation>%1 erhält 0 Punkte bei %2</translation>
    </message>
    <message>
        <source>%1 scores 100 at %2</source>
        <translation>%1 erhält 100 Punkte bei %2</translation>
    </message>
    <message>
        <source> (changed; the default is %1)</source>
        <translation> (geändert; Standardwert ist %1)</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
</context>
<context>
    <name>goodwill::items::SignalTableModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>tone is shown only when at least %1 of the staff wrote in the window</source>
        <translation>die Tonalität wird nur gezeigt, wenn mindestens %1 der Mitarbeitenden im Zeitfenster geschrieben haben</translation>
    </message>
    <message>
        <source>hidden by the privacy rules</source>
        <translation>durch die Datenschutzregeln ausgeblendet</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>dünn</translation>
    </message>
    <message>
        <source>%1: hidden, %2</source>
        <translation>%1: ausgeblendet, %2</translation>
    </message>
    <message>
        <source>%1: nothing to measure in the window (no %2)</source>
        <translation>%1: im Zeitfenster nichts zu messen (keine %2)</translation>
    </message>
    <message>
        <source>%1: no score without a raw value</source>
        <translation>%1: kein Score ohne Rohwert</translation>
    </message>
    <message>
        <source>100 × (ln raw − ln floor) / (ln target − ln floor), clamped to 0–100</source>
        <translation>100 × (ln Rohwert − ln Untergrenze) / (ln Zielwert − ln Untergrenze), auf 0–100 begrenzt</translation>
    </message>
    <message>
        <source>100 × (raw − floor) / (target − floor), clamped to 0–100</source>
        <translation>100 × (Rohwert − Untergrenze) / (Zielwert − Untergrenze), auf 0–100 begrenzt</translation>
    </message>
    <message>
        <source>The raw value that scores 0 (from the model settings)</source>
        <translation>Der Rohwert, der 0 Punkte ergibt (aus den Modelleinstellungen)</translation>
    </message>
    <message>
        <source>The raw value that scores 100 (from the model settings)</source>
        <translation>Der Rohwert, der 100 Punkte ergibt (aus den Modelleinstellungen)</translation>
    </message>
    <message>
        <source>The score&apos;s 80% band: how far it could be off by chance, given the denominator</source>
        <translation>Das 80-%-Band des Scores: wie weit er angesichts des Nenners zufällig abweichen könnte</translation>
    </message>
    <message>
        <source>No band: %1 has no interval of its own</source>
        <translation>Kein Band: %1 hat kein eigenes Intervall</translation>
    </message>
    <message>
        <source>%1 %2 in the window</source>
        <translation>%1 %2 im Zeitfenster</translation>
    </message>
    <message>
        <source>Thin: the denominator is under %1, so the signal is left out of its pillar</source>
        <translation>Dünn: der Nenner liegt unter %1, daher wird das Signal aus seiner Säule ausgelassen</translation>
    </message>
    <message>
        <source>Not thin: the denominator is at least %1</source>
        <translation>Nicht dünn: der Nenner beträgt mindestens %1</translation>
    </message>
    <message>
        <source>The pillar the signal counts towards</source>
        <translation>Die Säule, zu der das Signal zählt</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>80-%-Band</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Nenner</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Dünn</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Säule</translation>
    </message>
    <message>
        <source>The signal&apos;s id and name</source>
        <translation>ID und Name des Signals</translation>
    </message>
    <message>
        <source>What was measured over the trailing window, in the signal&apos;s unit</source>
        <translation>Was über das gleitende Zeitfenster gemessen wurde, in der Einheit des Signals</translation>
    </message>
    <message>
        <source>The raw value placed between floor (0) and target (100)</source>
        <translation>Der Rohwert, eingeordnet zwischen Untergrenze (0) und Zielwert (100)</translation>
    </message>
    <message>
        <source>The raw value that scores 0</source>
        <translation>Der Rohwert, der 0 Punkte ergibt</translation>
    </message>
    <message>
        <source>The raw value that scores 100</source>
        <translation>Der Rohwert, der 100 Punkte ergibt</translation>
    </message>
    <message>
        <source>The range the score lies in with 80% confidence</source>
        <translation>Der Bereich, in dem der Score mit 80&#xa0;% Konfidenz liegt</translation>
    </message>
    <message>
        <source>What the raw value was computed over</source>
        <translation>Worüber der Rohwert berechnet wurde</translation>
    </message>
    <message>
        <source>A thin signal (too small a denominator) is left out of its pillar</source>
        <translation>Ein dünnes Signal (zu kleiner Nenner) wird aus seiner Säule ausgelassen</translation>
    </message>
    <message>
        <source>The pillar the signal belongs to</source>
        <translation>Die Säule, zu der das Signal gehört</translation>
    </message>
</context>
<context>
    <name>goodwill::items::SourcesModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Channels of %1 in the database</source>
        <translation>Kanäle von %1 in der Datenbank</translation>
    </message>
    <message>
        <source>People with a user id in %1</source>
        <translation>Personen mit einer Benutzer-ID in %1</translation>
    </message>
    <message>
        <source>Posts, replies, reactions and recognitions from %1, all time</source>
        <translation>Beiträge, Antworten, Reaktionen und Anerkennungen aus %1, gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Import runs that wrote to %1</source>
        <translation>Importläufe, die in %1 geschrieben haben</translation>
    </message>
    <message>
        <source>The latest import into %1 finished %2 (UTC)</source>
        <translation>Der letzte Import in %1 wurde am %2 (UTC) abgeschlossen</translation>
    </message>
    <message>
        <source>No import run recorded for %1 (a demo or a warehouse load)</source>
        <translation>Kein Importlauf für %1 erfasst (eine Demo oder eine Data-Warehouse-Ladung)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Letzter Import</translation>
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
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Waiting %1 h for the leader&apos;s reply in the thread, to the end of the data</source>
        <translation>Wartet seit %1 h auf die Antwort der Führungskraft im Thread, bis zum Ende der Daten</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(keine Abteilung)</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gefragt von</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>When the staff question was posted (local time).</source>
        <translation>Wann die Mitarbeiterfrage gepostet wurde (Ortszeit).</translation>
    </message>
    <message>
        <source>Time from the question to the end of the data, with no reply of the leader in the thread.</source>
        <translation>Zeit von der Frage bis zum Ende der Daten, ohne Antwort der Führungskraft im Thread.</translation>
    </message>
    <message>
        <source>The author&apos;s department on the day of the question.</source>
        <translation>Die Abteilung des Verfassers am Tag der Frage.</translation>
    </message>
    <message>
        <source>The staff member who asked.</source>
        <translation>Die Person, die gefragt hat.</translation>
    </message>
    <message>
        <source>The thread&apos;s channel.</source>
        <translation>Der Kanal des Threads.</translation>
    </message>
    <message>
        <source>The start of the question; the tooltip shows all of it.</source>
        <translation>Der Anfang der Frage; der Tooltip zeigt sie vollständig.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::AboutDialog</name>
    <message>
        <source>About Goodwill</source>
        <translation>Über Goodwill</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Goodwill %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Goodwill %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>How leaders engage with their people on internal social media, and what it does to the goodwill of each department. Everything stays on this computer.</source>
        <translation>Wie Führungskräfte in internen sozialen Medien mit ihren Mitarbeitenden interagieren und was das für das Wohlwollen jeder Abteilung bedeutet. Alle Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Goodwill is free software: you can redistribute it and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with absolutely no warranty.</source>
        <translation>Goodwill ist freie Software: Sie können sie unter den Bedingungen der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, Version 3 oder neuer&lt;/a&gt;, weitergeben und verändern. Sie wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Built with&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erstellt mit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>the window, charts and translations</source>
        <translation>das Fenster, die Diagramme und die Übersetzungen</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>gemeinfrei</translation>
    </message>
    <message>
        <source>the activity database</source>
        <translation>die Aktivitätsdatenbank</translation>
    </message>
    <message>
        <source>reading large JSON exports</source>
        <translation>Lesen großer JSON-Exporte</translation>
    </message>
    <message>
        <source>reading ZIP exports</source>
        <translation>Lesen von ZIP-Exporten</translation>
    </message>
    <message>
        <source>reading CSV files</source>
        <translation>Lesen von CSV-Dateien</translation>
    </message>
    <message>
        <source>passing changes between the parts of the dashboard</source>
        <translation>Weitergabe von Änderungen zwischen den Teilen des Dashboards</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ActivityChartView</name>
    <message>
        <source>Activity per month</source>
        <translation>Aktivität pro Monat</translation>
    </message>
    <message>
        <source>Activity per month chart</source>
        <translation>Diagramm der Aktivität pro Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>Aktivitäten pro Monat</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 im %2: %3</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::BarChartView</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::CheckListButton</name>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Liste durchsuchen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Clear the choice: everything counts</source>
        <translation>Auswahl aufheben: alles zählt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::DashboardView</name>
    <message>
        <source>Computing the figures</source>
        <translation>Die Kennzahlen werden berechnet</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
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
        <translation>Personen nach Name, E-Mail, Jobtitel, Abteilung oder Rolle suchen…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Search channels by name, source or kind…</source>
        <translation>Kanäle nach Name, Quelle oder Typ suchen…</translation>
    </message>
    <message>
        <source>Search channels</source>
        <translation>Kanäle suchen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importläufe</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Reading the database</source>
        <translation>Die Datenbank wird gelesen</translation>
    </message>
    <message>
        <source>Where the data came from; select one to list its imports</source>
        <translation>Woher die Daten stammen; wählen Sie eine Quelle aus, um ihre Importe aufzulisten</translation>
    </message>
    <message>
        <source>What each import added and skipped; select one for its report</source>
        <translation>Was jeder Import hinzugefügt und übersprungen hat; wählen Sie einen aus, um seinen Bericht zu sehen</translation>
    </message>
    <message>
        <source>Select an import run to see its report.</source>
        <translation>Wählen Sie einen Importlauf aus, um seinen Bericht zu sehen.</translation>
    </message>
    <message>
        <source>Everyone in the database. Only leaders get individual figures; the override (double-click it) sets the role a person counts under, whatever the sources say</source>
        <translation>Alle Personen in der Datenbank. Nur Führungskräfte erhalten individuelle Kennzahlen; die Überschreibung (doppelklicken) legt die Rolle fest, unter der eine Person zählt, unabhängig von den Quellen</translation>
    </message>
    <message>
        <source>Headcounts today from the roster; double-click a department to list its people</source>
        <translation>Personalstand heute laut Personalliste; doppelklicken Sie auf eine Abteilung, um ihre Personen aufzulisten</translation>
    </message>
    <message>
        <source>What each channel is for decides what counts as social, recognition or a question; the override (double-click it) wins over the name rules</source>
        <translation>Wofür ein Kanal dient, entscheidet, was als sozial, als Anerkennung oder als Frage zählt; die Überschreibung (doppelklicken) hat Vorrang vor den Namensregeln</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>Ka&amp;näle</translation>
    </message>
    <message>
        <source>&amp;Model settings</source>
        <translation>&amp;Modelleinstellungen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>This database is open read-only, so overrides cannot be changed here. Goodwill never writes to a file it did not create (set people.role and channels.kind in the file itself) or to a file it cannot write.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet, daher können Überschreibungen hier nicht geändert werden. Goodwill schreibt nie in eine Datei, die es nicht selbst erstellt hat (legen Sie people.role und channels.kind in der Datei selbst fest), oder in eine Datei, die es nicht schreiben kann.</translation>
    </message>
    <message>
        <source>No database is open. Import your data (File &gt; Import…) or open the demo database to see its sources, people, departments and channels here.</source>
        <translation>Keine Datenbank geöffnet. Importieren Sie Ihre Daten (Datei &gt; Importieren…) oder öffnen Sie die Demo-Datenbank, um hier ihre Quellen, Personen, Abteilungen und Kanäle zu sehen.</translation>
    </message>
    <message>
        <source>People: %1 · Departments: %2 · Channels: %3 · Sources: %4%5</source>
        <translation>Personen: %1 · Abteilungen: %2 · Kanäle: %3 · Quellen: %4%5</translation>
    </message>
    <message>
        <source> · read-only: overrides cannot be changed</source>
        <translation> · schreibgeschützt: Überschreibungen können nicht geändert werden</translation>
    </message>
    <message>
        <source>No sources yet. Import an export (File &gt; Import…) to add one.</source>
        <translation>Noch keine Quellen. Importieren Sie einen Export (Datei &gt; Importieren…), um eine hinzuzufügen.</translation>
    </message>
    <message>
        <source>No import runs are recorded (the demo and warehouse loads write none). Import an export (File &gt; Import…) to see what it added here.</source>
        <translation>Es sind keine Importläufe erfasst (Demo und Data-Warehouse-Ladungen schreiben keine). Importieren Sie einen Export (Datei &gt; Importieren…), um hier zu sehen, was er hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Reports appear here for the imports Goodwill made.</source>
        <translation>Hier erscheinen die Berichte der Importe, die Goodwill durchgeführt hat.</translation>
    </message>
    <message>
        <source>No people yet. Import a roster or an export (File &gt; Import…).</source>
        <translation>Noch keine Personen. Importieren Sie eine Personalliste oder einen Export (Datei &gt; Importieren…).</translation>
    </message>
    <message>
        <source>No departments: import a roster (File &gt; Import…) to place people in them.</source>
        <translation>Keine Abteilungen: importieren Sie eine Personalliste (Datei &gt; Importieren…), um Personen Abteilungen zuzuordnen.</translation>
    </message>
    <message>
        <source>No channels yet. Import an export (File &gt; Import…).</source>
        <translation>Noch keine Kanäle. Importieren Sie einen Export (Datei &gt; Importieren…).</translation>
    </message>
    <message>
        <source>Import runs of %1</source>
        <translation>Importläufe von %1</translation>
    </message>
    <message>
        <source>Import report: %1</source>
        <translation>Importbericht: %1</translation>
    </message>
    <message>
        <source>That override cannot be set.</source>
        <translation>Diese Überschreibung kann nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>This edit belongs to a database that is no longer open.</source>
        <translation>Diese Änderung gehört zu einer Datenbank, die nicht mehr geöffnet ist.</translation>
    </message>
    <message>
        <source>Count %1 as %2</source>
        <translation>%1 als %2 zählen</translation>
    </message>
    <message>
        <source>Remove the role override of %1</source>
        <translation>Rollen-Überschreibung von %1 entfernen</translation>
    </message>
    <message>
        <source>Count #%1 as %2</source>
        <translation>#%1 als %2 zählen</translation>
    </message>
    <message>
        <source>Remove the kind override of #%1</source>
        <translation>Typ-Überschreibung von #%1 entfernen</translation>
    </message>
    <message>
        <source>The role of %1 is now %2; every figure is being worked out again.</source>
        <translation>Die Rolle von %1 ist jetzt %2; alle Kennzahlen werden neu berechnet.</translation>
    </message>
    <message>
        <source>%1 counts under their own role again; every figure is being worked out again.</source>
        <translation>%1 zählt wieder unter der eigenen Rolle; alle Kennzahlen werden neu berechnet.</translation>
    </message>
    <message>
        <source>#%1 now counts as %2; every figure is being worked out again.</source>
        <translation>#%1 zählt jetzt als %2; alle Kennzahlen werden neu berechnet.</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>Abteil&amp;ungen</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::DepartmentsPage</name>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>ECI by department and period</source>
        <translation>ECI nach Abteilung und Periode</translation>
    </message>
    <message>
        <source>Emotional capital by department</source>
        <translation>Emotionales Kapital nach Abteilung</translation>
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
        <translation>ECI-Trend der verglichenen Abteilungen</translation>
    </message>
    <message>
        <source>ECI trend</source>
        <translation>ECI-Trend</translation>
    </message>
    <message>
        <source>The ECI at each period end, the shaded band its 80% range. Double-click a point to see how it was computed.</source>
        <translation>Der ECI an jedem Periodenende, das schattierte Band sein 80-%-Bereich. Doppelklicken Sie auf einen Punkt, um die Berechnung zu sehen.</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Säulen</translation>
    </message>
    <message>
        <source>Pillar scores of the chosen department beside the whole; hover a bar for its 80% band.</source>
        <translation>Säulen-Scores der gewählten Abteilung neben denen der Gesamtheit; zeigen Sie auf einen Balken für sein 80-%-Band.</translation>
    </message>
    <message>
        <source>Signals of the chosen department</source>
        <translation>Signale der gewählten Abteilung</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Each signal over the trailing window: the raw value, its score between floor and target, the 80% band and what it was computed over. Thin signals are left out of their pillar.</source>
        <translation>Jedes Signal über das gleitende Zeitfenster: der Rohwert, sein Score zwischen Untergrenze und Zielwert, das 80-%-Band und worüber er berechnet wurde. Dünne Signale werden aus ihrer Säule ausgelassen.</translation>
    </message>
    <message>
        <source>Updating figures…</source>
        <translation>Kennzahlen werden aktualisiert…</translation>
    </message>
    <message>
        <source>Updating figures</source>
        <translation>Kennzahlen werden aktualisiert</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Departments to compare</source>
        <translation>Zu vergleichende Abteilungen</translation>
    </message>
    <message>
        <source>Tick the departments whose trend to draw</source>
        <translation>Markieren Sie die Abteilungen, deren Trend gezeichnet werden soll</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Tick to draw</source>
        <translation>Zum Zeichnen markieren</translation>
    </message>
    <message>
        <source>The emotional-capital index (0–100) of each department at each period end, over the trailing %1 days; hatched cells are hidden because too few staff were in the department. Click a cell to show its pillars and signals below; double-click it (or press Enter) to see how it was computed.</source>
        <translation>Der Index des emotionalen Kapitals (0–100) jeder Abteilung an jedem Periodenende, über die letzten %1 Tage; schraffierte Zellen sind ausgeblendet, weil zu wenige Mitarbeitende in der Abteilung waren. Klicken Sie auf eine Zelle, um unten ihre Säulen und Signale zu sehen; doppelklicken Sie darauf (oder drücken Sie die Eingabetaste), um die Berechnung zu sehen.</translation>
    </message>
    <message>
        <source>Pillars: %1</source>
        <translation>Säulen: %1</translation>
    </message>
    <message>
        <source>Signals: %1</source>
        <translation>Signale: %1</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Die Kennzahlen werden berechnet…</translation>
    </message>
    <message>
        <source>No data yet. Import an export with File &gt; Import…, or open the demo organisation with File &gt; Open the Demo Organisation.</source>
        <translation>Noch keine Daten. Importieren Sie einen Export mit Datei &gt; Importieren… oder öffnen Sie die Demo-Organisation mit Datei &gt; Demo-Organisation öffnen.</translation>
    </message>
    <message>
        <source>No figures for the chosen dates. Widen the date range in the filter bar.</source>
        <translation>Keine Kennzahlen für den gewählten Zeitraum. Erweitern Sie den Zeitraum in der Filterleiste.</translation>
    </message>
    <message>
        <source>No departments in this database. Import a roster CSV (File &gt; Import…) so that people belong to departments.</source>
        <translation>Keine Abteilungen in dieser Datenbank. Importieren Sie eine Personalliste als CSV (Datei &gt; Importieren…), damit Personen Abteilungen angehören.</translation>
    </message>
    <message>
        <source>Nothing ticked. Tick the organisation or a department under Compare to draw its trend.</source>
        <translation>Nichts markiert. Markieren Sie unter „Vergleichen“ die Organisation oder eine Abteilung, um ihren Trend zu zeichnen.</translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to show that department&apos;s figures here.</source>
        <translation>Klicken Sie auf eine Zelle der Heatmap, um hier die Kennzahlen dieser Abteilung zu sehen.</translation>
    </message>
    <message>
        <source>%1 is hidden: %2. Click another cell of the heatmap.</source>
        <translation>%1 ist ausgeblendet: %2. Klicken Sie auf eine andere Zelle der Heatmap.</translation>
    </message>
    <message>
        <source>What the total leaves out</source>
        <translation>Was der Gesamtwert auslässt</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::DrillDownDialog</name>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>So wird berechnet</translation>
    </message>
    <message>
        <source>Working out the figure</source>
        <translation>Die Kennzahl wird berechnet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>What the figure was computed from</source>
        <translation>Woraus die Kennzahl berechnet wurde</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Tone of the selected message</source>
        <translation>Tonalität der ausgewählten Nachricht</translation>
    </message>
    <message>
        <source>Export messages…</source>
        <translation>Nachrichten exportieren…</translation>
    </message>
    <message>
        <source>Save the messages as a CSV file</source>
        <translation>Die Nachrichten als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Copy messages</source>
        <translation>Nachrichten kopieren</translation>
    </message>
    <message>
        <source>Copy the messages as tab-separated text</source>
        <translation>Die Nachrichten als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts anzuzeigen</translation>
    </message>
    <message>
        <source>The figures are still being worked out: open this again when they are shown.</source>
        <translation>Die Kennzahlen werden noch berechnet: öffnen Sie dies erneut, sobald sie angezeigt werden.</translation>
    </message>
    <message>
        <source>How it was computed: %1</source>
        <translation>So wurde berechnet: %1</translation>
    </message>
    <message>
        <source>Working out the figure and reading its messages…</source>
        <translation>Die Kennzahl wird berechnet und ihre Nachrichten werden gelesen…</translation>
    </message>
    <message>
        <source>This figure cannot be opened: %1</source>
        <translation>Diese Kennzahl kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Hidden by the privacy rules: %1</source>
        <translation>Durch die Datenschutzregeln ausgeblendet: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;How it is computed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;So wird berechnet:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ergebnis:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The message texts could not be read: %1</source>
        <translation>Die Nachrichtentexte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No messages behind this figure in the period.</source>
        <translation>Keine Nachrichten hinter dieser Kennzahl im Zeitraum.</translation>
    </message>
    <message>
        <source>Select a message to see what gave it its tone.</source>
        <translation>Wählen Sie eine Nachricht aus, um zu sehen, was ihre Tonalität bestimmt hat.</translation>
    </message>
    <message>
        <source>Tone &lt;b&gt;%1&lt;/b&gt; (the sum %2, squashed into −1..1).</source>
        <translation>Tonalität &lt;b&gt;%1&lt;/b&gt; (die Summe %2, auf −1..1 gestaucht).</translation>
    </message>
    <message>
        <source>No word, emoji or phrase of the lexicon: tone 0.</source>
        <translation>Kein Wort, Emoji oder Ausdruck des Lexikons: Tonalität 0.</translation>
    </message>
    <message>
        <source>“%1” %2 (%3)</source>
        <translation>„%1“ %2 (%3)</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>messages.csv</source>
        <translation>nachrichten.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::EngagementPage</name>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Among leaders</source>
        <translation>Unter Führungskräften</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>Time to first reply</source>
        <translation>Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Nudges</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <source>Unanswered staff questions</source>
        <translation>Unbeantwortete Mitarbeiterfragen</translation>
    </message>
    <message>
        <source>Departments not recognised</source>
        <translation>Nicht anerkannte Abteilungen</translation>
    </message>
    <message>
        <source>People not recognised</source>
        <translation>Nicht anerkannte Personen</translation>
    </message>
    <message>
        <source>Best-received posts</source>
        <translation>Am besten aufgenommene Beiträge</translation>
    </message>
    <message>
        <source>Mark &amp;handled</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>&amp;Show handled</source>
        <translation>Erledigte &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Ziele…</translation>
    </message>
    <message>
        <source>My engagement</source>
        <translation>Mein Engagement</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Ich bin:</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Wer Sie sind</translation>
    </message>
    <message>
        <source>Choose yourself among the leaders: type part of your name, title or department. Goodwill remembers the choice.</source>
        <translation>Wählen Sie sich unter den Führungskräften aus: geben Sie einen Teil Ihres Namens, Jobtitels oder Ihrer Abteilung ein. Goodwill merkt sich die Auswahl.</translation>
    </message>
    <message>
        <source>Period and filter</source>
        <translation>Zeitraum und Filter</translation>
    </message>
    <message>
        <source>Working out your figures</source>
        <translation>Ihre Kennzahlen werden berechnet</translation>
    </message>
    <message>
        <source>Whose engagement</source>
        <translation>Wessen Engagement</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Your goals a week for posts, replies and recognitions (the model file&apos;s unless you set your own)</source>
        <translation>Ihre Wochenziele für Beiträge, Antworten und Anerkennungen (aus der Modelldatei, sofern Sie keine eigenen festlegen)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export this page as a PDF report</source>
        <translation>Diese Seite als PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>Export PDF with Staff Names Pseudonymised…</source>
        <translation>PDF mit pseudonymisierten Mitarbeiternamen exportieren…</translation>
    </message>
    <message>
        <source>Posts a week</source>
        <translation>Beiträge pro Woche</translation>
    </message>
    <message>
        <source>Your posts in the period divided by its weeks (days / 7), against your goal. Double-click for the posts.</source>
        <translation>Ihre Beiträge im Zeitraum geteilt durch seine Wochen (Tage / 7), verglichen mit Ihrem Ziel. Doppelklicken für die Beiträge.</translation>
    </message>
    <message>
        <source>Replies a week</source>
        <translation>Antworten pro Woche</translation>
    </message>
    <message>
        <source>Your replies in the period divided by its weeks, against your goal. Double-click for the replies.</source>
        <translation>Ihre Antworten im Zeitraum geteilt durch seine Wochen, verglichen mit Ihrem Ziel. Doppelklicken für die Antworten.</translation>
    </message>
    <message>
        <source>Recognitions a week</source>
        <translation>Anerkennungen pro Woche</translation>
    </message>
    <message>
        <source>Your recognitions in the period divided by its weeks, against your goal. Double-click for the recognitions.</source>
        <translation>Ihre Anerkennungen im Zeitraum geteilt durch seine Wochen, verglichen mit Ihrem Ziel. Doppelklicken für die Anerkennungen.</translation>
    </message>
    <message>
        <source>How you engage, from your posts, replies and the responses your posts draw (docs/model.md section 3). Double-click for the inputs.</source>
        <translation>Wie Sie interagieren, abgeleitet aus Ihren Beiträgen, Antworten und den Rückmeldungen auf Ihre Beiträge (docs/model.md, Abschnitt 3). Doppelklicken für die Eingaben.</translation>
    </message>
    <message>
        <source>Your persona and what would move it</source>
        <translation>Ihre Persona und was sie verändern würde</translation>
    </message>
    <message>
        <source>Your percentile among leaders</source>
        <translation>Ihr Perzentil unter den Führungskräften</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>Beantwortet (%)</translation>
    </message>
    <message>
        <source>Your reply rate per period</source>
        <translation>Ihre Antwortquote pro Periode</translation>
    </message>
    <message>
        <source>Median hours to first reply</source>
        <translation>Stunden (Median)</translation>
    </message>
    <message>
        <source>Your median time to first reply per period</source>
        <translation>Ihr Median der Zeit bis zur ersten Antwort pro Periode</translation>
    </message>
    <message>
        <source>Nudges from your figures</source>
        <translation>Impulse aus Ihren Kennzahlen</translation>
    </message>
    <message>
        <source>Your unanswered staff questions</source>
        <translation>Ihre unbeantworteten Mitarbeiterfragen</translation>
    </message>
    <message>
        <source>Take the selected question off your list (you answered it elsewhere, or there is nothing to answer). Stored in the database; Undo brings it back.</source>
        <translation>Die ausgewählte Frage von Ihrer Liste nehmen (Sie haben sie anderswo beantwortet, oder es gibt nichts zu beantworten). Wird in der Datenbank gespeichert; „Rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <source>Also list the questions you marked handled</source>
        <translation>Auch die als erledigt markierten Fragen auflisten</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation>Die letzte Markierung rückgängig machen</translation>
    </message>
    <message>
        <source>Departments you did not recognise anyone in</source>
        <translation>Abteilungen, in denen Sie niemanden anerkannt haben</translation>
    </message>
    <message>
        <source>People you did not recognise</source>
        <translation>Personen, die Sie nicht anerkannt haben</translation>
    </message>
    <message>
        <source>Your best-received posts</source>
        <translation>Ihre am besten aufgenommenen Beiträge</translation>
    </message>
    <message>
        <source>No data yet: import an export (File &gt; Import…) or open the demo organisation (File &gt; Open the Demo Organisation).</source>
        <translation>Noch keine Daten: importieren Sie einen Export (Datei &gt; Importieren…) oder öffnen Sie die Demo-Organisation (Datei &gt; Demo-Organisation öffnen).</translation>
    </message>
    <message>
        <source>%1 to %2, in the dashboard filter&apos;s departments, channels and sources.</source>
        <translation>%1 bis %2, in den Abteilungen, Kanälen und Quellen des Dashboard-Filters.</translation>
    </message>
    <message>
        <source>No leaders in this data. Leaders are found by their title (VP, Director, Head of …) or the roster; the Data page sets anyone&apos;s role.</source>
        <translation>Keine Führungskräfte in diesen Daten. Führungskräfte werden an ihrem Jobtitel (VP, Director, Head of …) oder über die Personalliste erkannt; auf der Seite „Daten“ lässt sich die Rolle jeder Person festlegen.</translation>
    </message>
    <message>
        <source>Choose who you are above: type part of your name or e-mail. Goodwill remembers the choice.</source>
        <translation>Wählen Sie oben aus, wer Sie sind: geben Sie einen Teil Ihres Namens oder Ihrer E-Mail-Adresse ein. Goodwill merkt sich die Auswahl.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
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
        <translation>%1 im Zeitraum: Ziel erreicht</translation>
    </message>
    <message>
        <source>%1 in the period, %2 short of %3</source>
        <translation>%1 im Zeitraum, noch %2 bis %3</translation>
    </message>
    <message>
        <source>%1 in %2 days (%3 weeks) = %4 a week; your goal is %5 a week (%6), %7 over the period.</source>
        <translation>%1 in %2 Tagen (%3 Wochen) = %4 pro Woche; Ihr Ziel ist %5 pro Woche (%6), %7 über den Zeitraum.</translation>
    </message>
    <message>
        <source>set on this page</source>
        <translation>auf dieser Seite festgelegt</translation>
    </message>
    <message>
        <source>the model file&apos;s</source>
        <translation>aus der Modelldatei</translation>
    </message>
    <message>
        <source>%1% of your messages are replies</source>
        <translation>%1&#xa0;% Ihrer Nachrichten sind Antworten</translation>
    </message>
    <message>
        <source>no posts or replies</source>
        <translation>keine Beiträge oder Antworten</translation>
    </message>
    <message>
        <source>What your persona means and the nearest threshold, %1.</source>
        <translation>Was Ihre Persona bedeutet und die nächste Schwelle, %1.</translation>
    </message>
    <message>
        <source>Your place among the %1 leaders of %2, 0 to 100 (50 is the middle). Only your own place is shown. Hover a number for how it was worked out.</source>
        <translation>Ihre Position unter den %1 Führungskräften, %2, 0 bis 100 (50 ist die Mitte). Nur Ihre eigene Position wird gezeigt. Zeigen Sie auf eine Zahl, um zu sehen, wie sie berechnet wurde.</translation>
    </message>
    <message>
        <source>Share of staff comments to you answered in the thread within %1 h, per period. Double-click a point for the messages.</source>
        <translation>Anteil der Mitarbeiterkommentare an Sie, die innerhalb von %1 h im Thread beantwortet wurden, pro Periode. Doppelklicken Sie auf einen Punkt für die Nachrichten.</translation>
    </message>
    <message>
        <source>No staff comments to you in this period: nothing to rate.</source>
        <translation>Keine Mitarbeiterkommentare an Sie in diesem Zeitraum: nichts zu bewerten.</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to your first later reply in the thread, per period.</source>
        <translation>Median der Stunden von einem Mitarbeiterkommentar bis zu Ihrer ersten späteren Antwort im Thread, pro Periode.</translation>
    </message>
    <message>
        <source>You answered no staff comment in this period.</source>
        <translation>Sie haben in diesem Zeitraum keinen Mitarbeiterkommentar beantwortet.</translation>
    </message>
    <message>
        <source>Departments with at least %1 staff in which you recognised no one from %2 to %3 (the last %4 days). “No leader” marks a blind spot.</source>
        <translation>Abteilungen mit mindestens %1 Mitarbeitenden, in denen Sie vom %2 bis %3 (den letzten %4 Tagen) niemanden anerkannt haben. „Keine Führungskraft“ kennzeichnet einen blinden Fleck.</translation>
    </message>
    <message>
        <source>You recognised someone in every department with at least %1 staff in the last %2 days.</source>
        <translation>Sie haben in den letzten %2 Tagen in jeder Abteilung mit mindestens %1 Mitarbeitenden jemanden anerkannt.</translation>
    </message>
    <message>
        <source>Staff who wrote to you or responded to your posts in the last %1 days and had no recognition from you in them.</source>
        <translation>Mitarbeitende, die Ihnen in den letzten %1 Tagen geschrieben oder auf Ihre Beiträge reagiert haben und in dieser Zeit keine Anerkennung von Ihnen erhalten haben.</translation>
    </message>
    <message>
        <source>Everyone who wrote to you or responded to your posts in the last %1 days has had a recognition from you, or nobody did.</source>
        <translation>Alle, die Ihnen in den letzten %1 Tagen geschrieben oder auf Ihre Beiträge reagiert haben, haben eine Anerkennung von Ihnen erhalten, oder es hat niemand geschrieben.</translation>
    </message>
    <message>
        <source>Your posts of %1 with the most staff responses in their threads; the tone of the replies shows when at least %2 people wrote them.</source>
        <translation>Ihre Beiträge vom %1 mit den meisten Rückmeldungen von Mitarbeitenden in ihren Threads; die Tonalität der Antworten wird gezeigt, wenn mindestens %2 Personen sie geschrieben haben.</translation>
    </message>
    <message>
        <source>None of your posts in this period drew a staff response.</source>
        <translation>Keiner Ihrer Beiträge in diesem Zeitraum hat eine Rückmeldung von Mitarbeitenden erhalten.</translation>
    </message>
    <message>
        <source>Staff questions to you (in your threads or naming you) asked %1 to %2 with no reply of yours in the thread since, oldest first: %3 open, %4 marked handled. Waiting is counted to the end of the data (%5).</source>
        <translation>Fragen von Mitarbeitenden an Sie (in Ihren Threads oder mit Nennung Ihres Namens), gestellt vom %1 bis %2, ohne Ihre Antwort im Thread seither, älteste zuerst: %3 offen, %4 als erledigt markiert. Die Wartezeit wird bis zum Ende der Daten gezählt (%5).</translation>
    </message>
    <message>
        <source>None open: the rest are marked handled. Tick “Show handled” to see them.</source>
        <translation>Keine offen: die übrigen sind als erledigt markiert. Aktivieren Sie „Erledigte anzeigen“, um sie zu sehen.</translation>
    </message>
    <message>
        <source>None: you have answered every staff question asked in this period.</source>
        <translation>Keine: Sie haben jede in diesem Zeitraum gestellte Frage von Mitarbeitenden beantwortet.</translation>
    </message>
    <message>
        <source>Suggestions worked out from the figures on this page; hover one for its rule, double-click it for the figure behind it.</source>
        <translation>Vorschläge, abgeleitet aus den Kennzahlen auf dieser Seite; zeigen Sie auf einen, um seine Regel zu sehen, doppelklicken Sie darauf für die zugrunde liegende Kennzahl.</translation>
    </message>
    <message>
        <source>Nothing to nudge you about in this period: your goals are met and nobody is waiting on you.</source>
        <translation>In diesem Zeitraum gibt es keinen Anlass für einen Impuls: Ihre Ziele sind erreicht, und niemand wartet auf Sie.</translation>
    </message>
    <message>
        <source>Mark not &amp;handled</source>
        <translation>Als nicht &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>This database is read-only: questions cannot be marked handled in it.</source>
        <translation>Diese Datenbank ist schreibgeschützt: Fragen können darin nicht als erledigt markiert werden.</translation>
    </message>
    <message>
        <source>Mark the question of %1 handled</source>
        <translation>Frage von %1 als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the question of %1 not handled</source>
        <translation>Frage von %1 als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>This mark belongs to a database that is no longer open.</source>
        <translation>Diese Markierung gehört zu einer Datenbank, die nicht mehr geöffnet ist.</translation>
    </message>
    <message>
        <source>The question is open again.</source>
        <translation>Die Frage ist wieder offen.</translation>
    </message>
    <message>
        <source>Marked handled: the question leaves your list and your nudges. Undo brings it back.</source>
        <translation>Als erledigt markiert: die Frage verschwindet aus Ihrer Liste und Ihren Impulsen. „Rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <source>Export My Engagement as PDF</source>
        <translation>Mein Engagement als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Nothing to export yet: choose who you are first.</source>
        <translation>Noch nichts zu exportieren: wählen Sie zuerst aus, wer Sie sind.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::FilterBar</name>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>%1 departments</source>
        <translation>%1 Abteilungen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 Kanäle</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 Quellen</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Seit Jahresbeginn</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The days every figure covers, counted back from the last day of data</source>
        <translation>Die Tage, die jede Kennzahl umfasst, vom letzten Tag der Daten aus zurückgezählt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quartalsweise</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularität</translation>
    </message>
    <message>
        <source>The spacing of trend points: the capital is measured at the end of each week, month or quarter</source>
        <translation>Der Abstand der Trendpunkte: das Kapital wird am Ende jeder Woche, jedes Monats oder Quartals gemessen</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
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
        <translation>Ihre Ziele</translation>
    </message>
    <message>
        <source>How often a week you mean to post, reply and recognise someone. The model file&apos;s goals are %1, %2 and %3.</source>
        <translation>Wie oft pro Woche Sie posten, antworten und jemanden anerkennen möchten. Die Ziele der Modelldatei sind %1, %2 und %3.</translation>
    </message>
    <message>
        <source>&amp;Posts a week:</source>
        <translation>&amp;Beiträge pro Woche:</translation>
    </message>
    <message>
        <source>&amp;Replies a week:</source>
        <translation>&amp;Antworten pro Woche:</translation>
    </message>
    <message>
        <source>Re&amp;cognitions a week:</source>
        <translation>A&amp;nerkennungen pro Woche:</translation>
    </message>
    <message>
        <source>Use the &amp;Model File&apos;s</source>
        <translation>Werte der &amp;Modelldatei verwenden</translation>
    </message>
    <message>
        <source>Forget your own goals and use the model file&apos;s again</source>
        <translation>Die eigenen Ziele verwerfen und wieder die der Modelldatei verwenden</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::HeatmapLegend</name>
    <message>
        <source>Colour key</source>
        <translation>Farblegende</translation>
    </message>
    <message>
        <source>Red is a low score, blue a high one; hatched cells are hidden because the department had too few staff then</source>
        <translation>Rot ist ein niedriger Score, Blau ein hoher; schraffierte Zellen sind ausgeblendet, weil die Abteilung damals zu wenige Mitarbeitende hatte</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizard</name>
    <message>
        <source>Import Activity</source>
        <translation>Aktivität importieren</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>Importassistent</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizardOptionsPage</name>
    <message>
        <source>Slack departments</source>
        <translation>Slack-Abteilungen</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Optional: tell Goodwill where each person&apos;s department comes from. Goodwill compares departments, so an import without them shows people but no departments.</source>
        <translation>Optional: Teilen Sie Goodwill mit, woher die Abteilung jeder Person stammt. Goodwill vergleicht Abteilungen; ein Import ohne sie zeigt Personen, aber keine Abteilungen.</translation>
    </message>
    <message>
        <source>e.g. Xf0123ABC</source>
        <translation>z. B. Xf0123ABC</translation>
    </message>
    <message>
        <source>Department field id</source>
        <translation>ID des Abteilungsfelds</translation>
    </message>
    <message>
        <source>Department field hint</source>
        <translation>Hinweis zum Abteilungsfeld</translation>
    </message>
    <message>
        <source>Department &amp;field id:</source>
        <translation>&amp;Feld-ID der Abteilung:</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Personalliste</translation>
    </message>
    <message>
        <source>No roster (optional)</source>
        <translation>Keine Personalliste (optional)</translation>
    </message>
    <message>
        <source>Roster CSV</source>
        <translation>Personalliste (CSV)</translation>
    </message>
    <message>
        <source>Choose &amp;Roster…</source>
        <translation>Personal&amp;liste wählen…</translation>
    </message>
    <message>
        <source>Choose a roster CSV file</source>
        <translation>Eine Personalliste als CSV-Datei wählen</translation>
    </message>
    <message>
        <source>Roster &amp;CSV:</source>
        <translation>&amp;Personalliste (CSV):</translation>
    </message>
    <message>
        <source>Roster note</source>
        <translation>Hinweis zur Personalliste</translation>
    </message>
    <message>
        <source>There is no roster file at %1.</source>
        <translation>Unter %1 gibt es keine Personalliste.</translation>
    </message>
    <message>
        <source>A field id has no spaces, e.g. Xf0123ABC.</source>
        <translation>Eine Feld-ID enthält keine Leerzeichen, z. B. Xf0123ABC.</translation>
    </message>
    <message>
        <source>Slack exports carry no department. If your workspace keeps it in a custom profile field, enter that field&apos;s id: it is the key under profile → fields in the export&apos;s users.json. Without it or a roster, there are no departments.</source>
        <translation>Slack-Exporte enthalten keine Abteilung. Wenn Ihr Workspace sie in einem benutzerdefinierten Profilfeld führt, geben Sie die ID dieses Felds ein: es ist der Schlüssel unter profile → fields in der users.json des Exports. Ohne sie oder eine Personalliste gibt es keine Abteilungen.</translation>
    </message>
    <message>
        <source>A CSV with the columns email, name, title, department, is_leader, valid_from and valid_to. It is applied after the export and has the last word on departments and leaders.</source>
        <translation>Eine CSV-Datei mit den Spalten email, name, title, department, is_leader, valid_from und valid_to. Sie wird nach dem Export angewendet und hat bei Abteilungen und Führungskräften das letzte Wort.</translation>
    </message>
    <message>
        <source>Choose a Roster</source>
        <translation>Personalliste wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizardReportView</name>
    <message>
        <source>Already in the database</source>
        <translation>Bereits in der Datenbank</translation>
    </message>
    <message>
        <source>By people the export does not list</source>
        <translation>Von Personen, die der Export nicht aufführt</translation>
    </message>
    <message>
        <source>Replies and reactions to messages not in the export</source>
        <translation>Antworten und Reaktionen auf Nachrichten, die nicht im Export sind</translation>
    </message>
    <message>
        <source>System messages (joins, topic changes, pins)</source>
        <translation>Systemnachrichten (Beitritte, Themenänderungen, Anheftungen)</translation>
    </message>
    <message>
        <source>From bots</source>
        <translation>Von Bots</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>New conversations started in a channel</source>
        <translation>Neue Unterhaltungen, die in einem Kanal begonnen wurden</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answers in threads</source>
        <translation>Antworten in Threads</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Emoji reactions, one per person and emoji</source>
        <translation>Emoji-Reaktionen, eine pro Person und Emoji</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Anerkennungen</translation>
    </message>
    <message>
        <source>Messages that name people as recognised (praise, kudos)</source>
        <translation>Nachrichten, die Personen als anerkannt nennen (Lob, Kudos)</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Neue Personen</translation>
    </message>
    <message>
        <source>People not in the database before, bots included</source>
        <translation>Personen, die vorher nicht in der Datenbank waren, Bots eingeschlossen</translation>
    </message>
    <message>
        <source>New channels</source>
        <translation>Neue Kanäle</translation>
    </message>
    <message>
        <source>Channels, communities and conversations not in the database before</source>
        <translation>Kanäle, Communitys und Unterhaltungen, die vorher nicht in der Datenbank waren</translation>
    </message>
    <message>
        <source>Activity span</source>
        <translation>Aktivitätszeitraum</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Personalliste</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Aktivität:</translation>
    </message>
    <message>
        <source>Roster:</source>
        <translation>Personalliste:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 bis %2 (UTC)</translation>
    </message>
    <message>
        <source>None: the export holds no activity.</source>
        <translation>Keine: der Export enthält keine Aktivität.</translation>
    </message>
    <message>
        <source>%1 periods in departments</source>
        <translation>%1 Zuordnungszeiträume zu Abteilungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>… and %1 more: Copy Report has them all.</source>
        <translation>… und %1 weitere: „Bericht kopieren“ enthält alle.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizardRunPage</name>
    <message>
        <source>Cancel &amp;Preview</source>
        <translation>&amp;Vorschau abbrechen</translation>
    </message>
    <message>
        <source>Cancel &amp;Import</source>
        <translation>&amp;Import abbrechen</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>C&amp;opy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What the import adds, worked out by running it without keeping anything.</source>
        <translation>Was der Import hinzufügt, ermittelt durch einen Probelauf, bei dem nichts gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>All or nothing: a cancel or an error leaves the database as it was.</source>
        <translation>Ganz oder gar nicht: ein Abbruch oder ein Fehler lässt die Datenbank unverändert.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Stop working out the preview</source>
        <translation>Berechnung der Vorschau abbrechen</translation>
    </message>
    <message>
        <source>Stop the import and leave the database as it was</source>
        <translation>Import abbrechen und die Datenbank unverändert lassen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Work out the preview again</source>
        <translation>Vorschau erneut berechnen</translation>
    </message>
    <message>
        <source>Run the import again</source>
        <translation>Import erneut ausführen</translation>
    </message>
    <message>
        <source>Copy the import report as text</source>
        <translation>Importbericht als Text kopieren</translation>
    </message>
    <message>
        <source>Cancelling the preview…</source>
        <translation>Vorschau wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>Import wird abgebrochen…</translation>
    </message>
    <message>
        <source>Reading the export to work out what it adds to %1…</source>
        <translation>Der Export wird gelesen, um zu ermitteln, was er %1 hinzufügt…</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Import in %1…</translation>
    </message>
    <message>
        <source>Everything in this export is already in %1: importing it adds nothing.</source>
        <translation>Alles in diesem Export ist bereits in %1: der Import fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>Importing adds this to %1. Nothing has been written yet.</source>
        <translation>Der Import fügt %1 Folgendes hinzu. Es wurde noch nichts geschrieben.</translation>
    </message>
    <message>
        <source>Imported into %1. Finish shows it in the main window.</source>
        <translation>In %1 importiert. „Fertigstellen“ zeigt die Daten im Hauptfenster.</translation>
    </message>
    <message>
        <source>This export cannot be imported as it is:</source>
        <translation>Dieser Export kann so nicht importiert werden:</translation>
    </message>
    <message>
        <source>The import failed and no database was created:</source>
        <translation>Der Import ist fehlgeschlagen, es wurde keine Datenbank angelegt:</translation>
    </message>
    <message>
        <source>The import failed; %1 is unchanged:</source>
        <translation>Der Import ist fehlgeschlagen; %1 ist unverändert:</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The import was cancelled; no database was created.</source>
        <translation>Der Import wurde abgebrochen; es wurde keine Datenbank angelegt.</translation>
    </message>
    <message>
        <source>The import was cancelled; %1 is unchanged.</source>
        <translation>Der Import wurde abgebrochen; %1 ist unverändert.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizardSourcePage</name>
    <message>
        <source>There is no file or folder at %1.</source>
        <translation>Unter %1 gibt es keine Datei und keinen Ordner.</translation>
    </message>
    <message>
        <source>Into a ne&amp;w database:</source>
        <translation>In eine &amp;neue Datenbank:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Export wählen</translation>
    </message>
    <message>
        <source>Goodwill reads Slack, Viva Engage, Mattermost and Microsoft Teams exports, its own activity CSV and JSONL files, and roster CSVs. Everything stays on this computer.</source>
        <translation>Goodwill liest Exporte von Slack, Viva Engage, Mattermost und Microsoft Teams, seine eigenen Aktivitätsdateien im CSV- und JSONL-Format sowie Personallisten als CSV. Alle Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>A ZIP file, an unpacked folder, or a CSV or JSONL file</source>
        <translation>Eine ZIP-Datei, ein entpackter Ordner oder eine CSV- oder JSONL-Datei</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Choose an export file: a ZIP, CSV or JSONL file</source>
        <translation>Eine Exportdatei wählen: eine ZIP-, CSV- oder JSONL-Datei</translation>
    </message>
    <message>
        <source>Choose Fol&amp;der…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose an unpacked export folder</source>
        <translation>Einen entpackten Exportordner wählen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Format status</source>
        <translation>Formatstatus</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Export:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Into the open database</source>
        <translation>In die geöffnete Datenbank</translation>
    </message>
    <message>
        <source>Into a new database</source>
        <translation>In eine neue Datenbank</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Neue Datenbankdatei</translation>
    </message>
    <message>
        <source>Where the new database is saved</source>
        <translation>Wo die neue Datenbank gespeichert wird</translation>
    </message>
    <message>
        <source>Choose where the new database is saved</source>
        <translation>Wählen, wo die neue Datenbank gespeichert wird</translation>
    </message>
    <message>
        <source>Target note</source>
        <translation>Hinweis zum Ziel</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importieren in</translation>
    </message>
    <message>
        <source>Into the &amp;open database (none is open)</source>
        <translation>In die &amp;geöffnete Datenbank (keine geöffnet)</translation>
    </message>
    <message>
        <source>Into the &amp;open database (%1 is read-only)</source>
        <translation>In die &amp;geöffnete Datenbank (%1 ist schreibgeschützt)</translation>
    </message>
    <message>
        <source>Into the &amp;open database (%1)</source>
        <translation>In die &amp;geöffnete Datenbank (%1)</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file for the new database.</source>
        <translation>%1 ist ein Ordner: geben Sie einen Dateinamen für die neue Datenbank an.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to: choose another place for the new database.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: wählen Sie einen anderen Ort für die neue Datenbank.</translation>
    </message>
    <message>
        <source>Choose an Export</source>
        <translation>Export wählen</translation>
    </message>
    <message>
        <source>Exports (*.zip *.json *.jsonl *.ndjson *.csv);;All files (*)</source>
        <translation>Exporte (*.zip *.json *.jsonl *.ndjson *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose an Unpacked Export</source>
        <translation>Entpackten Export wählen</translation>
    </message>
    <message>
        <source>New Goodwill Database</source>
        <translation>Neue Goodwill-Datenbank</translation>
    </message>
    <message>
        <source>Goodwill databases (*.goodwill)</source>
        <translation>Goodwill-Datenbanken (*.goodwill)</translation>
    </message>
    <message>
        <source>Imported activity</source>
        <translation>Importierte Aktivität</translation>
    </message>
    <message>
        <source>Choose an export file or folder, or drop one here.</source>
        <translation>Wählen Sie eine Exportdatei oder einen Exportordner, oder legen Sie ihn hier ab.</translation>
    </message>
    <message>
        <source>Looking at the export…</source>
        <translation>Export wird untersucht…</translation>
    </message>
    <message>
        <source>Goodwill does not recognise this export: it is none of the formats it reads, or it is incomplete. If you know the format, choose it above.</source>
        <translation>Goodwill erkennt diesen Export nicht: er hat keines der Formate, die Goodwill liest, oder er ist unvollständig. Wenn Sie das Format kennen, wählen Sie es oben aus.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>Read as %1 (not recognised automatically).</source>
        <translation>Gelesen als %1 (nicht automatisch erkannt).</translation>
    </message>
    <message>
        <source>Read as %1 (detected: %2).</source>
        <translation>Gelesen als %1 (erkannt: %2).</translation>
    </message>
    <message>
        <source>Activity %1 already holds is recognised and not added twice.</source>
        <translation>Aktivität, die %1 bereits enthält, wird erkannt und nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 already exists: the export will be added to it.</source>
        <translation>%1 existiert bereits: der Export wird hinzugefügt.</translation>
    </message>
    <message>
        <source>Nothing is written before you have seen the preview.</source>
        <translation>Es wird nichts geschrieben, bevor Sie die Vorschau gesehen haben.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::LeaderPicker</name>
    <message>
        <source>Type part of your name</source>
        <translation>Teil Ihres Namens eingeben</translation>
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
        <translation>Woche</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Führungskräfte</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>Time to first reply</source>
        <translation>Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Reach by department</source>
        <translation>Reichweite nach Abteilung</translation>
    </message>
    <message>
        <source>Departments recognised and not</source>
        <translation>Anerkannte und nicht anerkannte Abteilungen</translation>
    </message>
    <message>
        <source>Unanswered staff questions</source>
        <translation>Unbeantwortete Mitarbeiterfragen</translation>
    </message>
    <message>
        <source>Search leaders by name, e-mail or department</source>
        <translation>Führungskräfte nach Name, E-Mail oder Abteilung suchen</translation>
    </message>
    <message>
        <source>Search leaders</source>
        <translation>Führungskräfte suchen</translation>
    </message>
    <message>
        <source>Leaders summary</source>
        <translation>Übersicht Führungskräfte</translation>
    </message>
    <message>
        <source>Working out the leader&apos;s detail</source>
        <translation>Details der Führungskraft werden berechnet</translation>
    </message>
    <message>
        <source>Selected leader</source>
        <translation>Ausgewählte Führungskraft</translation>
    </message>
    <message>
        <source>Leaders and their figures</source>
        <translation>Führungskräfte und ihre Kennzahlen</translation>
    </message>
    <message>
        <source>Messages per period</source>
        <translation>Nachrichten/Periode</translation>
    </message>
    <message>
        <source>Posts, replies and recognitions per period</source>
        <translation>Beiträge, Antworten und Anerkennungen pro Periode</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>Beantwortet (%)</translation>
    </message>
    <message>
        <source>Reply rate per period</source>
        <translation>Antwortquote pro Periode</translation>
    </message>
    <message>
        <source>Median hours to first reply</source>
        <translation>Stunden (Median)</translation>
    </message>
    <message>
        <source>Median time to first reply per period</source>
        <translation>Median der Zeit bis zur ersten Antwort pro Periode</translation>
    </message>
    <message>
        <source>Staff reached (%)</source>
        <translation>Erreichte Mitarbeitende (%)</translation>
    </message>
    <message>
        <source>Share of each department&apos;s staff reached</source>
        <translation>Anteil der erreichten Mitarbeitenden jeder Abteilung</translation>
    </message>
    <message>
        <source>Departments the leader recognised and did not</source>
        <translation>Abteilungen, die die Führungskraft anerkannt hat und nicht anerkannt hat</translation>
    </message>
    <message>
        <source>Staff questions the leader has not answered</source>
        <translation>Mitarbeiterfragen, die die Führungskraft nicht beantwortet hat</translation>
    </message>
    <message>
        <source>No data yet: import an export (File &gt; Import…) or open the demo organisation (File &gt; Open the Demo Organisation).</source>
        <translation>Noch keine Daten: importieren Sie einen Export (Datei &gt; Importieren…) oder öffnen Sie die Demo-Organisation (Datei &gt; Demo-Organisation öffnen).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%n leader(s), %1</source>
        <translation>
            <numerusform>%n Führungskraft, %1</numerusform>
            <numerusform>%n Führungskräfte, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every leader&apos;s figures, %1. Hover a number for what it counts; double-click it or press Enter to see how it was computed. Select a leader for their detail below.</source>
        <translation>Die Kennzahlen jeder Führungskraft, %1. Zeigen Sie auf eine Zahl, um zu sehen, was sie zählt; doppelklicken Sie darauf oder drücken Sie die Eingabetaste, um die Berechnung zu sehen. Wählen Sie eine Führungskraft aus, um unten ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>No leaders in this data. Leaders are found by their title (VP, Director, Head of …) or the roster; the Data page sets anyone&apos;s role.</source>
        <translation>Keine Führungskräfte in diesen Daten. Führungskräfte werden an ihrem Jobtitel (VP, Director, Head of …) oder über die Personalliste erkannt; auf der Seite „Daten“ lässt sich die Rolle jeder Person festlegen.</translation>
    </message>
    <message>
        <source>No leader matches “%1”: search for part of a name, an e-mail address or a department, or clear the search.</source>
        <translation>Keine Führungskraft passt zu „%1“: suchen Sie nach einem Teil eines Namens, einer E-Mail-Adresse oder einer Abteilung, oder leeren Sie die Suche.</translation>
    </message>
    <message>
        <source>Select a leader in the table to see their cadence, replies, reach and unanswered questions.</source>
        <translation>Wählen Sie eine Führungskraft in der Tabelle aus, um ihren Rhythmus, ihre Antworten, ihre Reichweite und ihre unbeantworteten Fragen zu sehen.</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 bis %3</translation>
    </message>
    <message>
        <source>This leader has no figures in this period: choose another leader or widen the date range in the filter bar.</source>
        <translation>Diese Führungskraft hat in diesem Zeitraum keine Kennzahlen: wählen Sie eine andere Führungskraft oder erweitern Sie den Zeitraum in der Filterleiste.</translation>
    </message>
    <message>
        <source>%1&apos;s posts, replies and recognitions per %2, %3. Double-click a point to see the messages.</source>
        <translation>Beiträge, Antworten und Anerkennungen von %1 pro %2, %3. Doppelklicken Sie auf einen Punkt, um die Nachrichten zu sehen.</translation>
    </message>
    <message>
        <source>%1 posted, replied and recognised no one in this period.</source>
        <translation>%1 hat in diesem Zeitraum weder gepostet noch geantwortet noch jemanden anerkannt.</translation>
    </message>
    <message>
        <source>Share of staff comments to %1 (replies in their threads, messages naming them) answered in the thread within %2 h, per %3, %4</source>
        <translation>Anteil der Mitarbeiterkommentare an %1 (Antworten in eigenen Threads, Nachrichten mit Nennung), die innerhalb von %2 h im Thread beantwortet wurden, pro %3, %4</translation>
    </message>
    <message>
        <source>No staff comments to %1 in this period: nothing to rate.</source>
        <translation>Keine Mitarbeiterkommentare an %1 in diesem Zeitraum: nichts zu bewerten.</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to %1&apos;s first later reply in the thread, over the comments answered at all, per %2, %3</source>
        <translation>Median der Stunden von einem Mitarbeiterkommentar bis zur ersten späteren Antwort von %1 im Thread, über die überhaupt beantworteten Kommentare, pro %2, %3</translation>
    </message>
    <message>
        <source>%1 answered no staff comment in this period.</source>
        <translation>%1 hat in diesem Zeitraum keinen Mitarbeiterkommentar beantwortet.</translation>
    </message>
    <message>
        <source>No departments in this data: import a roster CSV (File &gt; Import…) to see whom %1 reaches and recognises.</source>
        <translation>Keine Abteilungen in diesen Daten: importieren Sie eine Personalliste als CSV (Datei &gt; Importieren…), um zu sehen, wen %1 erreicht und anerkennt.</translation>
    </message>
    <message>
        <source>Of each department&apos;s staff on %1, the share who replied or reacted to %2&apos;s posts, %3. Departments under %4 staff are left out.</source>
        <translation>Von den Mitarbeitenden jeder Abteilung am %1 der Anteil, der auf die Beiträge von %2 geantwortet oder reagiert hat, %3. Abteilungen unter %4 Mitarbeitenden werden ausgelassen.</translation>
    </message>
    <message>
        <source>Every department has fewer than %1 staff: none can be shown.</source>
        <translation>Jede Abteilung hat weniger als %1 Mitarbeitende: keine kann angezeigt werden.</translation>
    </message>
    <message>
        <source>%1&apos;s recognitions by department, %2. Not recognised: departments with at least %3 staff in which %1 recognised no one.</source>
        <translation>Anerkennungen von %1 nach Abteilung, %2. Nicht anerkannt: Abteilungen mit mindestens %3 Mitarbeitenden, in denen %1 niemanden anerkannt hat.</translation>
    </message>
    <message>
        <source>Here: %1.</source>
        <translation>Hier: %1.</translation>
    </message>
    <message>
        <source>Staff questions to %1 (in their threads or naming them) asked %2 with no reply of %1 in the thread since, oldest first; waiting is counted to the end of the data (%3).</source>
        <translation>Fragen von Mitarbeitenden an %1 (in eigenen Threads oder mit Nennung), gestellt %2, ohne Antwort von %1 im Thread seither, älteste zuerst; die Wartezeit wird bis zum Ende der Daten gezählt (%3).</translation>
    </message>
    <message>
        <source>None: %1 has answered every staff question asked in this period.</source>
        <translation>Keine: %1 hat jede in diesem Zeitraum gestellte Frage von Mitarbeitenden beantwortet.</translation>
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
        <translation>%1 (schreibgeschützt geöffnet)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open a Goodwill activity database</source>
        <translation>Eine Goodwill-Aktivitätsdatenbank öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Organisation</source>
        <translation>&amp;Demo-Organisation öffnen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import an export from Slack, Viva Engage, Mattermost or Teams, or a roster</source>
        <translation>Einen Export aus Slack, Viva Engage, Mattermost oder Teams oder eine Personalliste importieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the filter bar</source>
        <translation>Tastaturfokus in die Filterleiste setzen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About Goodwill</source>
        <translation>Über &amp;Goodwill</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Open Activity Database</source>
        <translation>Aktivitätsdatenbank öffnen</translation>
    </message>
    <message>
        <source>Goodwill databases (*.goodwill);;SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Goodwill-Datenbanken (*.goodwill);;SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 — Goodwill</source>
        <translation>%1 — Goodwill</translation>
    </message>
    <message>
        <source>Creating the demo organisation Brightwater: about 1,200 people and two years of conversations…</source>
        <translation>Die Demo-Organisation Brightwater wird erstellt: etwa 1.200 Personen und zwei Jahre Unterhaltungen…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>My engagement</source>
        <translation>Mein Engagement</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Town Hall</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Führungskräfte</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Goodwill could not restart. Quit and start it again to use the new language.</source>
        <translation>Goodwill konnte nicht neu starten. Beenden Sie Goodwill und starten Sie es erneut, um die neue Sprache zu verwenden.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ModelSettingsForm</name>
    <message>
        <source>Thresholds and weights</source>
        <translation>Schwellenwerte und Gewichte</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Smallest department shown (k)</source>
        <translation>Kleinste angezeigte Abteilung (k)</translation>
    </message>
    <message>
        <source>A department with fewer staff than this on a day shows no figure at all</source>
        <translation>Eine Abteilung mit weniger Mitarbeitenden an einem Tag zeigt überhaupt keine Kennzahlen</translation>
    </message>
    <message>
        <source>Fewest writers for tone (k text)</source>
        <translation>Mindestzahl Verfasser für Tonalität (k text)</translation>
    </message>
    <message>
        <source>Tone (T4) is hidden unless at least this many of a department&apos;s staff wrote in the window</source>
        <translation>Die Tonalität (T4) wird ausgeblendet, wenn nicht mindestens so viele Mitarbeitende einer Abteilung im Zeitfenster geschrieben haben</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Zeitfenster (Tage)</translation>
    </message>
    <message>
        <source>Every signal is computed over this many days ending on the day shown</source>
        <translation>Jedes Signal wird über so viele Tage berechnet, die am angezeigten Tag enden</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Reply window (hours)</source>
        <translation>Antwortfenster (Stunden)</translation>
    </message>
    <message>
        <source>A staff comment counts as answered when a leader replies in the thread within this many hours</source>
        <translation>Ein Mitarbeiterkommentar gilt als beantwortet, wenn eine Führungskraft innerhalb so vieler Stunden im Thread antwortet</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Smallest department shown (&amp;k):</source>
        <translation>Kleinste angezeigte Abteilung (&amp;k):</translation>
    </message>
    <message>
        <source>Fewest writers for &amp;tone:</source>
        <translation>Mindestzahl Verfasser für &amp;Tonalität:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitfenster:</translation>
    </message>
    <message>
        <source>&amp;Reply window:</source>
        <translation>Antwort&amp;fenster:</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source>The weight of %1 in the ECI (the weights of the pillars with a value are renormalised)</source>
        <translation>Das Gewicht von %1 im ECI (die Gewichte der Säulen mit einem Wert werden neu normiert)</translation>
    </message>
    <message>
        <source>Weight of %1:</source>
        <translation>Gewicht von %1:</translation>
    </message>
    <message>
        <source>Privacy thresholds, the window of every signal, the reply window and the weight of each pillar in the ECI</source>
        <translation>Datenschutzschwellen, das Zeitfenster jedes Signals, das Antwortfenster und das Gewicht jeder Säule im ECI</translation>
    </message>
    <message>
        <source>Signal floors, targets and weights</source>
        <translation>Untergrenzen, Zielwerte und Gewichte der Signale</translation>
    </message>
    <message>
        <source>A signal scores 0 at its floor and 100 at its target; its weight counts within its pillar. Changed values are bold. Double-click a value to edit it.</source>
        <translation>Ein Signal erhält 0 Punkte an seiner Untergrenze und 100 Punkte an seinem Zielwert; sein Gewicht zählt innerhalb seiner Säule. Geänderte Werte sind fett. Doppelklicken Sie auf einen Wert, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>Save the changed settings to your model file and work every figure out again</source>
        <translation>Die geänderten Einstellungen in Ihrer Modelldatei speichern und alle Kennzahlen neu berechnen</translation>
    </message>
    <message>
        <source>Drop the changes not applied yet</source>
        <translation>Noch nicht übernommene Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Remove your model file: every setting goes back to the default and the figures are worked out again</source>
        <translation>Ihre Modelldatei entfernen: jede Einstellung kehrt zum Standardwert zurück, und die Kennzahlen werden neu berechnet</translation>
    </message>
    <message>
        <source>Your settings: %1 (anything not in it keeps the default)</source>
        <translation>Ihre Einstellungen: %1 (was darin fehlt, behält den Standardwert)</translation>
    </message>
    <message>
        <source>The default model is in use; Apply saves your changes to %1</source>
        <translation>Das Standardmodell wird verwendet; „Übernehmen“ speichert Ihre Änderungen in %1</translation>
    </message>
    <message>
        <source>At least one pillar needs a weight above 0, or there is no ECI.</source>
        <translation>Mindestens eine Säule braucht ein Gewicht über 0, sonst gibt es keinen ECI.</translation>
    </message>
    <message>
        <source>Applied. Every figure is being worked out again with these settings.</source>
        <translation>Übernommen. Alle Kennzahlen werden mit diesen Einstellungen neu berechnet.</translation>
    </message>
    <message>
        <source>Back to the defaults. Every figure is being worked out again.</source>
        <translation>Zurück auf Standardwerte. Alle Kennzahlen werden neu berechnet.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::OverviewPage</name>
    <message>
        <source>Emotional capital</source>
        <translation>Emotionales Kapital</translation>
    </message>
    <message>
        <source>The four pillars</source>
        <translation>Die vier Säulen</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Emotional capital (ECI)</source>
        <translation>Emotionales Kapital (ECI)</translation>
    </message>
    <message>
        <source>The organisation&apos;s emotional-capital index, 0–100, on the last day: the weighted mean of authenticity, pride, attachment and fun over the trailing window. Double-click to see how it was computed.</source>
        <translation>Der Index des emotionalen Kapitals der Organisation, 0–100, am letzten Tag: der gewichtete Mittelwert aus Authentizität, Stolz, Verbundenheit und Freude über das gleitende Zeitfenster. Doppelklicken, um die Berechnung zu sehen.</translation>
    </message>
    <message>
        <source>Leader posts</source>
        <translation>Beiträge der Führung</translation>
    </message>
    <message>
        <source>Posts by all leaders in the period, against the period of equal length before it</source>
        <translation>Beiträge aller Führungskräfte im Zeitraum, verglichen mit dem gleich langen Zeitraum davor</translation>
    </message>
    <message>
        <source>Leader replies</source>
        <translation>Antworten der Führung</translation>
    </message>
    <message>
        <source>Replies by all leaders in the period, against the period of equal length before it</source>
        <translation>Antworten aller Führungskräfte im Zeitraum, verglichen mit dem gleich langen Zeitraum davor</translation>
    </message>
    <message>
        <source>Recognitions by leaders</source>
        <translation>Anerkennungen der Führung</translation>
    </message>
    <message>
        <source>Recognitions given by leaders in the period (one per message), against the period before</source>
        <translation>Von Führungskräften im Zeitraum ausgesprochene Anerkennungen (eine pro Nachricht), verglichen mit dem Zeitraum davor</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>Staff questions to leaders (on their threads or naming them) that the leader answered in the thread within the reply window, as a share of all such questions</source>
        <translation>Fragen von Mitarbeitenden an Führungskräfte (in ihren Threads oder mit Nennung), die die Führungskraft innerhalb des Antwortfensters im Thread beantwortet hat, als Anteil aller solchen Fragen</translation>
    </message>
    <message>
        <source>Staff recognised</source>
        <translation>Anerkannte Mitarbeitende</translation>
    </message>
    <message>
        <source>Share of staff recognised at least once in the trailing window ending on the last day (signal P1). Double-click to see how it was computed.</source>
        <translation>Anteil der Mitarbeitenden, die im gleitenden Zeitfenster bis zum letzten Tag mindestens einmal anerkannt wurden (Signal P1). Doppelklicken, um die Berechnung zu sehen.</translation>
    </message>
    <message>
        <source>ECI (0–100)</source>
        <translation>ECI (0–100)</translation>
    </message>
    <message>
        <source>At each period end, over the trailing window; the shaded band is the 80% range</source>
        <translation>An jedem Periodenende, über das gleitende Zeitfenster; das schattierte Band ist der 80-%-Bereich</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>On the last day</source>
        <translation>Am letzten Tag</translation>
    </message>
    <message>
        <source>ECI on the last day, its change since the previous period end, and its trend; sorted by the change</source>
        <translation>ECI am letzten Tag, seine Veränderung seit dem vorigen Periodenende und sein Trend; sortiert nach der Veränderung</translation>
    </message>
    <message>
        <source>Falls in the ECI or a pillar, newest first</source>
        <translation>Rückgänge des ECI oder einer Säule, neueste zuerst</translation>
    </message>
    <message>
        <source>No activity in this period. Choose a longer period above, or import more data (File &gt; Import).</source>
        <translation>Keine Aktivität in diesem Zeitraum. Wählen Sie oben einen längeren Zeitraum oder importieren Sie weitere Daten (Datei &gt; Importieren).</translation>
    </message>
    <message>
        <source>No departments yet: attach a roster when you import (File &gt; Import), or open the demo.</source>
        <translation>Noch keine Abteilungen: fügen Sie beim Import eine Personalliste hinzu (Datei &gt; Importieren) oder öffnen Sie die Demo.</translation>
    </message>
    <message>
        <source>No falls in the ECI or a pillar in this period.</source>
        <translation>Keine Rückgänge des ECI oder einer Säule in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>on the period before</source>
        <translation>gegenüber dem Vorzeitraum</translation>
    </message>
    <message>
        <source>since the last period end</source>
        <translation>seit dem letzten Periodenende</translation>
    </message>
    <message>
        <source>over a year</source>
        <translation>im Jahresvergleich</translation>
    </message>
    <message>
        <source>no staff questions to leaders</source>
        <translation>keine Mitarbeiterfragen an Führungskräfte</translation>
    </message>
    <message>
        <source>What the total leaves out</source>
        <translation>Was der Gesamtwert auslässt</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::Panel</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export or copy</source>
        <translation>Exportieren oder kopieren</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Als &amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>Tabelle &amp;kopieren</translation>
    </message>
    <message>
        <source>Nothing to export from %1</source>
        <translation>Aus %1 gibt es nichts zu exportieren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Export as CS&amp;V…</source>
        <translation>Als CS&amp;V exportieren…</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::PreferencesDialog</name>
    <message>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect when Goodwill restarts.</source>
        <translation>Die neue Sprache wird nach einem Neustart von Goodwill wirksam.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::RecognitionPage</name>
    <message>
        <source>Recognition by leader</source>
        <translation>Anerkennung nach Führungskraft</translation>
    </message>
    <message>
        <source>Recognised share by department</source>
        <translation>Anteil Anerkannter nach Abteilung</translation>
    </message>
    <message>
        <source>Blind spots</source>
        <translation>Blinde Flecken</translation>
    </message>
    <message>
        <source>Recent recognitions</source>
        <translation>Neueste Anerkennungen</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <source>Recognition summary</source>
        <translation>Zusammenfassung Anerkennung</translation>
    </message>
    <message>
        <source>Working out the recognitions</source>
        <translation>Die Anerkennungen werden berechnet</translation>
    </message>
    <message>
        <source>Recognitions by leader and department</source>
        <translation>Anerkennungen nach Führungskraft und Abteilung</translation>
    </message>
    <message>
        <source>Departments no leader recognised</source>
        <translation>Abteilungen ohne Anerkennung durch Führungskräfte</translation>
    </message>
    <message>
        <source>Staff recognised (%)</source>
        <translation>Anerkannt (%)</translation>
    </message>
    <message>
        <source>Recognised share by department over time</source>
        <translation>Anteil Anerkannter nach Abteilung im Zeitverlauf</translation>
    </message>
    <message>
        <source>No data yet: import an export (File &gt; Import…) or open the demo organisation (File &gt; Open the Demo Organisation).</source>
        <translation>Noch keine Daten: importieren Sie einen Export (Datei &gt; Importieren…) oder öffnen Sie die Demo-Organisation (Datei &gt; Demo-Organisation öffnen).</translation>
    </message>
    <message>
        <source>Share of staff recognised at least once in the %1 days to each period end (P1), %: the whole selection and the %2 departments lowest on %3. Choose departments in the filter bar to see others.</source>
        <translation>Anteil der Mitarbeitenden, die in den %1 Tagen bis zu jedem Periodenende mindestens einmal anerkannt wurden (P1), in %: die gesamte Auswahl und die %2 Abteilungen mit den niedrigsten Werten am %3. Wählen Sie in der Filterleiste Abteilungen aus, um andere zu sehen.</translation>
    </message>
    <message>
        <source>Share of staff recognised at least once in the %1 days to each period end (P1), %. Gaps: hidden to protect privacy, or too few staff. Double-click a point to see how it is counted.</source>
        <translation>Anteil der Mitarbeitenden, die in den %1 Tagen bis zu jedem Periodenende mindestens einmal anerkannt wurden (P1), in %. Lücken: zum Schutz der Privatsphäre ausgeblendet oder zu wenige Mitarbeitende. Doppelklicken Sie auf einen Punkt, um zu sehen, wie gezählt wird.</translation>
    </message>
    <message>
        <source>No department figures for this period: widen the date range in the filter bar.</source>
        <translation>Keine Abteilungswerte für diesen Zeitraum: erweitern Sie den Zeitraum in der Filterleiste.</translation>
    </message>
    <message>
        <source>No activity in this period: widen the date range in the filter bar.</source>
        <translation>Keine Aktivität in diesem Zeitraum: erweitern Sie den Zeitraum in der Filterleiste.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1: %2 recognitions, %3 of them by leaders.</source>
        <translation>%1: %2 Anerkennungen, davon %3 durch Führungskräfte.</translation>
    </message>
    <message>
        <source>No leader recognised anyone in %1.</source>
        <translation>Keine Führungskraft hat jemanden in %1 anerkannt.</translation>
    </message>
    <message>
        <source>Recognitions each leader gave to people of each department, %1: one per person recognised, by the department they were in on the day. Hatched columns are hidden to protect privacy. Double-click a leader&apos;s total to see how it is counted.</source>
        <translation>Anerkennungen jeder Führungskraft an Personen jeder Abteilung, %1: eine pro anerkannter Person, nach der Abteilung, der sie an dem Tag angehörte. Schraffierte Spalten sind zum Schutz der Privatsphäre ausgeblendet. Doppelklicken Sie auf die Summe einer Führungskraft, um zu sehen, wie gezählt wird.</translation>
    </message>
    <message>
        <source>Departments with at least %1 staff that no leader recognised, %2</source>
        <translation>Abteilungen mit mindestens %1 Mitarbeitenden, die keine Führungskraft anerkannt hat, %2</translation>
    </message>
    <message>
        <source>The latest recognitions, %1, newest first (at most %2)</source>
        <translation>Die neuesten Anerkennungen, %1, neueste zuerst (höchstens %2)</translation>
    </message>
    <message>
        <source>No leaders in this data. Leaders are found by their title (VP, Director, Head of …) or the roster; the Data page sets anyone&apos;s role.</source>
        <translation>Keine Führungskräfte in diesen Daten. Führungskräfte werden an ihrem Jobtitel (VP, Director, Head of …) oder über die Personalliste erkannt; auf der Seite „Daten“ lässt sich die Rolle jeder Person festlegen.</translation>
    </message>
    <message>
        <source>No departments in this data: import a roster CSV (File &gt; Import…) to see whom the leaders recognise.</source>
        <translation>Keine Abteilungen in diesen Daten: importieren Sie eine Personalliste als CSV (Datei &gt; Importieren…), um zu sehen, wen die Führungskräfte anerkennen.</translation>
    </message>
    <message>
        <source>None of the chosen departments has staff in this period: choose others in the filter bar.</source>
        <translation>Keine der gewählten Abteilungen hat in diesem Zeitraum Mitarbeitende: wählen Sie in der Filterleiste andere aus.</translation>
    </message>
    <message>
        <source>None: a leader recognised someone in every department shown, %1.</source>
        <translation>Keine: in jeder angezeigten Abteilung hat eine Führungskraft jemanden anerkannt, %1.</translation>
    </message>
    <message>
        <source>No recognitions in this period: widen the date range or choose other channels in the filter bar.</source>
        <translation>Keine Anerkennungen in diesem Zeitraum: erweitern Sie den Zeitraum oder wählen Sie in der Filterleiste andere Kanäle.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::SummaryPage</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Staff, leaders and guests in the database (bots are not counted)</source>
        <translation>Mitarbeitende, Führungskräfte und Gäste in der Datenbank (Bots werden nicht gezählt)</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Führungskräfte</translation>
    </message>
    <message>
        <source>People whose role is leader: from the roster, their title, or your override</source>
        <translation>Personen mit der Rolle Führungskraft: aus der Personalliste, ihrem Jobtitel oder Ihrer Überschreibung</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Abteilungen</translation>
    </message>
    <message>
        <source>Departments named by the roster or the imported sources</source>
        <translation>Abteilungen, die in der Personalliste oder den importierten Quellen genannt werden</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Channels, communities and groups across all sources</source>
        <translation>Kanäle, Communitys und Gruppen aus allen Quellen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Posts, replies, reactions and recognitions across all sources</source>
        <translation>Beiträge, Antworten, Reaktionen und Anerkennungen aus allen Quellen</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Datenbank öffnen…</translation>
    </message>
    <message>
        <source>Open the demo organisation</source>
        <translation>Demo-Organisation öffnen</translation>
    </message>
    <message>
        <source>%1 holds no activity yet.
Import an export from your platform into it, or open the demo organisation to look around.</source>
        <translation>%1 enthält noch keine Aktivität.
Importieren Sie einen Export Ihrer Plattform oder öffnen Sie die Demo-Organisation, um sich umzusehen.</translation>
    </message>
    <message>
        <source>%1 to %2 · sources: %3</source>
        <translation>%1 bis %2 · Quellen: %3</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::TownHallPage</name>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Pseudonymise staff</source>
        <translation>Mitarbeitende pseudonymisieren</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Risers and fallers</source>
        <translation>Aufsteiger und Absteiger</translation>
    </message>
    <message>
        <source>Change in emotional capital</source>
        <translation>Veränderung des emotionalen Kapitals</translation>
    </message>
    <message>
        <source>Open staff questions by theme</source>
        <translation>Offene Mitarbeiterfragen nach Thema</translation>
    </message>
    <message>
        <source>Shout-out candidates: people</source>
        <translation>Kandidaten für eine Würdigung: Personen</translation>
    </message>
    <message>
        <source>Shout-out candidates: teams</source>
        <translation>Kandidaten für eine Würdigung: Teams</translation>
    </message>
    <message>
        <source>Leaders&apos; responsiveness</source>
        <translation>Reaktionsverhalten der Führungskräfte</translation>
    </message>
    <message>
        <source>Town-hall brief</source>
        <translation>Town-Hall-Briefing</translation>
    </message>
    <message>
        <source>Town-hall brief: audience and period</source>
        <translation>Town-Hall-Briefing: Zielgruppe und Zeitraum</translation>
    </message>
    <message>
        <source>Working out the town-hall brief</source>
        <translation>Das Town-Hall-Briefing wird erstellt</translation>
    </message>
    <message>
        <source>Write the brief as a PDF report, with the filters, the sources and a checksum of the data on its last page</source>
        <translation>Das Briefing als PDF-Bericht schreiben, mit den Filtern, den Quellen und einer Prüfsumme der Daten auf der letzten Seite</translation>
    </message>
    <message>
        <source>Export the town-hall brief as PDF</source>
        <translation>Town-Hall-Briefing als PDF exportieren</translation>
    </message>
    <message>
        <source>In the PDF, name staff as “Staff member (Department)”; leaders keep their names</source>
        <translation>Im PDF Mitarbeitende als „Mitarbeiter/in (Abteilung)“ bezeichnen; Führungskräfte behalten ihre Namen</translation>
    </message>
    <message>
        <source>Summary of the town-hall brief</source>
        <translation>Zusammenfassung des Town-Hall-Briefings</translation>
    </message>
    <message>
        <source>Every sentence is made from figures in the tables below</source>
        <translation>Jeder Satz stützt sich auf Kennzahlen aus den Tabellen unten</translation>
    </message>
    <message>
        <source>Departments whose emotional capital rose or fell most</source>
        <translation>Abteilungen, deren emotionales Kapital am stärksten gestiegen oder gefallen ist</translation>
    </message>
    <message>
        <source>Change in ECI (points)</source>
        <translation>ECI-Veränderung (Punkte)</translation>
    </message>
    <message>
        <source>Change in emotional capital by department</source>
        <translation>Veränderung des emotionalen Kapitals nach Abteilung</translation>
    </message>
    <message>
        <source>Themes of the staff questions still open</source>
        <translation>Themen der noch offenen Mitarbeiterfragen</translation>
    </message>
    <message>
        <source>People recognised by several colleagues</source>
        <translation>Von mehreren Kolleg/innen anerkannte Personen</translation>
    </message>
    <message>
        <source>Teams recognised in public channels</source>
        <translation>In öffentlichen Kanälen anerkannte Teams</translation>
    </message>
    <message>
        <source>No data yet: import an export (File &gt; Import…) or open the demo organisation (File &gt; Open the Demo Organisation).</source>
        <translation>Noch keine Daten: importieren Sie einen Export (Datei &gt; Importieren…) oder öffnen Sie die Demo-Organisation (Datei &gt; Demo-Organisation öffnen).</translation>
    </message>
    <message>
        <source>No activity in this period: widen the date range in the filter bar.</source>
        <translation>Keine Aktivität in diesem Zeitraum: erweitern Sie den Zeitraum in der Filterleiste.</translation>
    </message>
    <message>
        <source>Town-hall brief: %1</source>
        <translation>Town-Hall-Briefing: %1</translation>
    </message>
    <message>
        <source>The data does not reach a whole window of %1 days before this period: choose a later start in the filter bar to compare the emotional capital.</source>
        <translation>Die Daten reichen nicht ein ganzes Zeitfenster von %1 Tagen vor diesen Zeitraum zurück: wählen Sie in der Filterleiste einen späteren Beginn, um das emotionale Kapital zu vergleichen.</translation>
    </message>
    <message>
        <source>ECI over the %1 days to %2 against the %1 days to %3; the pillar that moved most the same way. Double-click a figure to see how it was computed.%4</source>
        <translation>ECI über die %1 Tage bis %2 verglichen mit den %1 Tagen bis %3; die Säule, die sich am stärksten in dieselbe Richtung bewegt hat. Doppelklicken Sie auf einen Wert, um die Berechnung zu sehen.%4</translation>
    </message>
    <message>
        <source>ECI after minus before, in points</source>
        <translation>ECI nachher minus vorher, in Punkten</translation>
    </message>
    <message>
        <source>%1 staff questions to leaders from %2 people are still waiting for an answer. A theme is a word shared by questions from at least %3 different people (privacy); expand a theme for the oldest examples.</source>
        <translation>%1 Fragen von Mitarbeitenden an Führungskräfte von %2 Personen warten noch auf eine Antwort. Ein Thema ist ein Wort, das Fragen von mindestens %3 verschiedenen Personen gemeinsam haben (Datenschutz); klappen Sie ein Thema für die ältesten Beispiele auf.</translation>
    </message>
    <message>
        <source>No staff question to a leader is waiting for an answer in this period.</source>
        <translation>In diesem Zeitraum wartet keine Frage von Mitarbeitenden an eine Führungskraft auf eine Antwort.</translation>
    </message>
    <message>
        <source>The questions&apos; text could not be read from the database.</source>
        <translation>Der Text der Fragen konnte nicht aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>No word is shared by open questions from %1 or more different people, so no theme is shown (privacy). The Leaders page lists each leader&apos;s questions.</source>
        <translation>Kein Wort kommt in offenen Fragen von %1 oder mehr verschiedenen Personen vor, daher wird kein Thema angezeigt (Datenschutz). Die Seite „Führungskräfte“ listet die Fragen jeder Führungskraft auf.</translation>
    </message>
    <message>
        <source>Recognitions in public channels (announcement, recognition, social, Q&amp;A)</source>
        <translation>Anerkennungen in öffentlichen Kanälen (Ankündigungen, Anerkennung, Soziales, Q&amp;A)</translation>
    </message>
    <message>
        <source>%1 by at least %2 different people, listed by name</source>
        <translation>%1 von mindestens %2 verschiedenen Personen, nach Name</translation>
    </message>
    <message>
        <source>Nobody was recognised by at least %1 different people in public channels in this period.</source>
        <translation>In diesem Zeitraum wurde niemand in öffentlichen Kanälen von mindestens %1 verschiedenen Personen anerkannt.</translation>
    </message>
    <message>
        <source>%1, per member of staff</source>
        <translation>%1, pro Mitarbeiter/in</translation>
    </message>
    <message>
        <source>No team was recognised in a public channel in this period, or those recognised are too small to show.</source>
        <translation>In diesem Zeitraum wurde kein Team in einem öffentlichen Kanal anerkannt, oder die anerkannten sind zu klein, um sie anzuzeigen.</translation>
    </message>
    <message>
        <source>Reply rate (within %1 hours) and median time to the first reply over the period, from all staff; questions from the audience still unanswered. Double-click a figure to see how it was computed.</source>
        <translation>Antwortquote (innerhalb von %1 Stunden) und Median der Zeit bis zur ersten Antwort über den Zeitraum, von allen Mitarbeitenden; noch unbeantwortete Fragen der Zielgruppe. Doppelklicken Sie auf einen Wert, um die Berechnung zu sehen.</translation>
    </message>
    <message>
        <source>No staff comments to leaders in this period: widen the date range or choose other departments.</source>
        <translation>Keine Mitarbeiterkommentare an Führungskräfte in diesem Zeitraum: erweitern Sie den Zeitraum oder wählen Sie andere Abteilungen.</translation>
    </message>
    <message>
        <source>Export the Town-Hall Brief as PDF</source>
        <translation>Town-Hall-Briefing als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Nothing to export yet: the brief is still being worked out.</source>
        <translation>Noch nichts zu exportieren: das Briefing wird noch erstellt.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::TrendChartView</name>
    <message>
        <source>%1 (80% band)</source>
        <translation>%1 (80-%-Band)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::UserGuideDialog</name>
    <message>
        <source>Goodwill User Guide</source>
        <translation>Goodwill-Benutzerhandbuch</translation>
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
        <translation>Aufruf: goodwill [DATEI]
       goodwill demo --out DATEI [--people N] [--months M] [--seed S]
       goodwill import QUELLE... --into DATEI [--roster DATEI]
               [--format auto|slack|engage|mattermost|teams|csv|jsonl]
               [--slack-department-field ID] [--report-json DATEI]
       goodwill check DATEI
       goodwill report --db DATEI --kind departments|leaders --out DATEI
               [--format json|csv] [--from DATUM] [--to DATUM]
               [--granularity week|month|quarter] [--departments A,B]
       goodwill report --db DATEI --kind leader --leader E-MAIL --out DATEI.pdf
       goodwill report --db DATEI --kind townhall --out DATEI.pdf
               [--from DATUM] [--to DATUM] [--departments A,B] [--pseudonymise]

Goodwill zeigt, wie Führungskräfte in internen sozialen Medien mit Mitarbeitenden
interagieren und was das für das Wohlwollen jeder Abteilung bewirkt. Alles bleibt lokal.

Ohne Befehl öffnet Goodwill sein Fenster mit DATEI, mit der zuletzt verwendeten Datenbank
oder beim ersten Start mit einer Demo-Organisation, die es dafür anlegt.

Befehle:
  demo    schreibt die Demo-Organisation Brightwater in eine neue Datenbank
          (standardmäßig --people 1200, --months 24, --seed 42)
  import  importiert Exporte und eine Personalliste in eine Datenbank (neu, falls nötig);
          ganz oder gar nicht: bei einem Fehler bleibt die Datenbank unverändert
  check   prüft eine Datenbank: Integrität, Schemaversion, Zeilen pro Tabelle
  report  schreibt Abteilungskapital oder Führungskennzahlen als JSON oder CSV,
          oder den Bericht einer Führungskraft oder ein Town-Hall-Briefing als PDF

Optionen:
  -h, --help     zeigt diese Hilfe
  -v, --version  zeigt die Version

Exit-Codes: 0 Erfolg, 1 Fehler in der Datei oder den Daten, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see goodwill --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe goodwill --help)</translation>
    </message>
</context>
</TS>
