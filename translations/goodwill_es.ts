<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActivityCsvReader</name>
    <message>
        <source>%1 holds no .csv file</source>
        <translation>%1 no contiene ningún archivo .csv</translation>
    </message>
</context>
<context>
    <name>ActivityDataset</name>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
</context>
<context>
    <name>ActivityFields</name>
    <message>
        <source>&apos;%1&apos; is empty</source>
        <translation>«%1» está vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind (post, reply, reaction or recognition)</source>
        <translation>«%1» no es un tipo válido (post, reply, reaction o recognition)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (ISO 8601 with Z or an offset, e.g. 2026-01-05T14:03:11Z, or integer seconds since 1970)</source>
        <translation>«%1» no es una hora válida (ISO 8601 con Z o con desfase, p. ej. 2026-01-05T14:03:11Z, o segundos enteros desde 1970)</translation>
    </message>
    <message>
        <source>the time &apos;%1&apos; is outside 1990-2100</source>
        <translation>la hora «%1» está fuera del intervalo 1990-2100</translation>
    </message>
    <message>
        <source>a %1 starts a thread: its thread_id is empty or its own id</source>
        <translation>una actividad «%1» inicia un hilo: su thread_id debe estar vacío o ser su propio id</translation>
    </message>
    <message>
        <source>a %1 needs a channel</source>
        <translation>una actividad «%1» necesita un canal</translation>
    </message>
    <message>
        <source>a %1 needs a parent_id</source>
        <translation>una actividad «%1» necesita un parent_id</translation>
    </message>
    <message>
        <source>a reaction needs an emoji</source>
        <translation>una reacción necesita un emoji</translation>
    </message>
    <message>
        <source>a recognition needs at least one recipient</source>
        <translation>un reconocimiento necesita al menos un destinatario</translation>
    </message>
    <message>
        <source>a recognition needs a recipient other than its author</source>
        <translation>un reconocimiento necesita un destinatario distinto de su autor</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice in this file</source>
        <translation>el id «%1» aparece dos veces en este archivo</translation>
    </message>
    <message>
        <source>a %1 starts a thread, so its parent_id must be empty</source>
        <translation>una actividad «%1» inicia un hilo, así que su parent_id debe estar vacío</translation>
    </message>
</context>
<context>
    <name>ActivityJsonlReader</name>
    <message>
        <source>%1, line %2: the line is longer than 16 MiB</source>
        <translation>%1, línea %2: la línea supera los 16 MiB</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>JSON no válido (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string or a number</source>
        <translation>«%1» debe ser una cadena o un número</translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation>cada línea debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of strings</source>
        <translation>«%1» debe ser una matriz de cadenas</translation>
    </message>
    <message>
        <source>a line must hold exactly one JSON object</source>
        <translation>cada línea debe contener exactamente un objeto JSON</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; is missing</source>
        <translation>falta la clave «%1»</translation>
    </message>
    <message>
        <source>%1 holds no .jsonl (or .ndjson) file</source>
        <translation>%1 no contiene ningún archivo .jsonl (ni .ndjson)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>el texto no es UTF-8 válido (guarde el archivo como UTF-8)</translation>
    </message>
</context>
<context>
    <name>BulkFile</name>
    <message>
        <source>&apos;%1&apos; already exists; choose another file name or remove it first</source>
        <translation>«%1» ya existe; elija otro nombre de archivo o elimínelo antes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appeared while it was being written; nothing was changed</source>
        <translation>«%1» apareció mientras se escribía; no se ha cambiado nada</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation>no se puede escribir «%1»</translation>
    </message>
</context>
<context>
    <name>CapitalEngine</name>
    <message>
        <source>fewer than %1 staff: hidden to protect their privacy</source>
        <translation>menos de %1 empleados: oculto para proteger su privacidad</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
</context>
<context>
    <name>CapitalLabels</name>
    <message>
        <source>Leader reply rate</source>
        <translation>Tasa de respuesta de líderes</translation>
    </message>
    <message>
        <source>Leader response time</source>
        <translation>Tiempo de respuesta de líderes</translation>
    </message>
    <message>
        <source>Leader presence</source>
        <translation>Presencia de líderes</translation>
    </message>
    <message>
        <source>Recognised share</source>
        <translation>Porcentaje reconocido</translation>
    </message>
    <message>
        <source>Leader recognition share</source>
        <translation>Porcentaje reconocido por líderes</translation>
    </message>
    <message>
        <source>Recognition rate</source>
        <translation>Tasa de reconocimiento</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Bridging</source>
        <translation>Transversalidad</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Social participation</source>
        <translation>Participación social</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Celebration</source>
        <translation>Celebración</translation>
    </message>
    <message>
        <source>Share of the department&apos;s staff comments to leaders answered by a leader within the reply window</source>
        <translation>Porcentaje de los comentarios del personal del departamento dirigidos a líderes que un líder respondió dentro del plazo de respuesta</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to the first leader reply in the thread</source>
        <translation>Mediana de horas desde un comentario del personal hasta la primera respuesta de un líder en el hilo</translation>
    </message>
    <message>
        <source>Share of seven-day blocks with a leader reply to the department&apos;s staff or a leader recognition of one of them</source>
        <translation>Porcentaje de bloques de siete días con una respuesta de un líder al personal del departamento o un reconocimiento de un líder a alguno de ellos</translation>
    </message>
    <message>
        <source>Share of the staff recognised at least once</source>
        <translation>Porcentaje del personal reconocido al menos una vez</translation>
    </message>
    <message>
        <source>Share of the staff recognised by a leader</source>
        <translation>Porcentaje del personal reconocido por un líder</translation>
    </message>
    <message>
        <source>Recognitions received per member per 30 days</source>
        <translation>Reconocimientos recibidos por miembro cada 30 días</translation>
    </message>
    <message>
        <source>Share of the staff who posted, replied or reacted</source>
        <translation>Porcentaje del personal que publicó, respondió o reaccionó</translation>
    </message>
    <message>
        <source>Of the staff active in the window before, the share still active</source>
        <translation>Del personal activo en la ventana anterior, el porcentaje que sigue activo</translation>
    </message>
    <message>
        <source>Share of the staff&apos;s replies in threads started by another department</source>
        <translation>Porcentaje de las respuestas del personal en hilos iniciados por otro departamento</translation>
    </message>
    <message>
        <source>Mean tone of the staff&apos;s posts and replies, from -1 to 1</source>
        <translation>Tono medio de las publicaciones y respuestas del personal, de -1 a 1</translation>
    </message>
    <message>
        <source>Share of the staff active in social channels</source>
        <translation>Porcentaje del personal activo en canales sociales</translation>
    </message>
    <message>
        <source>Reactions given per active member per 30 days</source>
        <translation>Reacciones dadas por miembro activo cada 30 días</translation>
    </message>
    <message>
        <source>Share of the staff&apos;s posts and replies with a celebration or humour marker</source>
        <translation>Porcentaje de las publicaciones y respuestas del personal con un indicio de celebración o humor</translation>
    </message>
    <message>
        <source>staff comments to leaders</source>
        <translation>comentarios del personal a líderes</translation>
    </message>
    <message>
        <source>comments a leader answered</source>
        <translation>comentarios que respondió un líder</translation>
    </message>
    <message>
        <source>seven-day blocks</source>
        <translation>bloques de siete días</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>member-months (staff × window / 30 days)</source>
        <translation>meses-miembro (personal × ventana / 30 días)</translation>
    </message>
    <message>
        <source>staff active in the window before</source>
        <translation>personal activo en la ventana anterior</translation>
    </message>
    <message>
        <source>staff replies</source>
        <translation>respuestas del personal</translation>
    </message>
    <message>
        <source>staff posts and replies</source>
        <translation>publicaciones y respuestas del personal</translation>
    </message>
    <message>
        <source>active member-months (active staff × window / 30 days)</source>
        <translation>meses-miembro activos (personal activo × ventana / 30 días)</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>Autenticidad</translation>
    </message>
    <message>
        <source>Pride</source>
        <translation>Orgullo</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <source>Fun</source>
        <translation>Diversión</translation>
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
        <translation>Organización</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>T%1 %2</translation>
    </message>
    <message>
        <source>Over the %1 days to %2.</source>
        <translation>En los %1 días hasta el %2.</translation>
    </message>
    <message>
        <source>%1 on %2: no figures, %3</source>
        <translation>%1 el %2: sin cifras, %3</translation>
    </message>
    <message>
        <source>ECI down %1 points by %2</source>
        <translation>El ECI bajó %1 puntos hasta el %2</translation>
    </message>
    <message>
        <source>%1 down %2 points by %3</source>
        <translation>%1 bajó %2 puntos hasta el %3</translation>
    </message>
    <message>
        <source>No ECI: nothing to measure in the window (no activity, or every signal thin)</source>
        <translation>Sin ECI: nada que medir en la ventana (sin actividad, o todas las señales escasas)</translation>
    </message>
    <message>
        <source>Left out for lack of data: %1</source>
        <translation>Excluidos por falta de datos: %1</translation>
    </message>
    <message numerus="yes">
        <source>The selection total leaves out %1 (fewer than %n staff).</source>
        <translation>
            <numerusform>El total de la selección excluye %1 (menos de %n empleado).</numerusform>
            <numerusform>El total de la selección excluye %1 (menos de %n empleados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation total leaves out %1 (fewer than %n staff).</source>
        <translation>
            <numerusform>El total de la organización excluye %1 (menos de %n empleado).</numerusform>
            <numerusform>El total de la organización excluye %1 (menos de %n empleados).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The selection total&apos;s tone leaves out %1 (fewer than %n authors).</source>
        <translation>
            <numerusform>El tono del total de la selección excluye %1 (menos de %n autor).</numerusform>
            <numerusform>El tono del total de la selección excluye %1 (menos de %n autores).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The organisation total&apos;s tone leaves out %1 (fewer than %n authors).</source>
        <translation>
            <numerusform>El tono del total de la organización excluye %1 (menos de %n autor).</numerusform>
            <numerusform>El tono del total de la organización excluye %1 (menos de %n autores).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>check needs exactly one database file: goodwill check FILE</source>
        <translation>check necesita exactamente un archivo de base de datos: goodwill check ARCHIVO</translation>
    </message>
    <message>
        <source>%1
  created by Goodwill: %2
  schema version: %3
  integrity: %4
</source>
        <translation>%1
  creada por Goodwill: %2
  versión del esquema: %3
  integridad: %4
</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>se encontraron problemas</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (y %1 más)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: %2%3</source>
        <translation>«%1» está dañado: %2%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be used: %2%3</source>
        <translation>«%1» no se puede usar: %2%3</translation>
    </message>
</context>
<context>
    <name>ContentHash</name>
    <message>
        <source>cannot read table %1</source>
        <translation>no se puede leer la tabla %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is empty: it has no header row</source>
        <translation>%1 está vacío: no tiene fila de encabezado</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text: save it as UTF-8 CSV</source>
        <translation>%1 es texto UTF-16: guárdelo como CSV UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un campo entre comillas no se cierra antes del final del archivo</translation>
    </message>
    <message>
        <source>a field is larger than 16 MiB</source>
        <translation>un campo supera los 16 MiB</translation>
    </message>
    <message>
        <source>a quote stands inside an unquoted field, or a quoted field is not closed</source>
        <translation>hay una comilla dentro de un campo sin comillas, o un campo entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>el texto no es UTF-8 válido (guarde el archivo como UTF-8)</translation>
    </message>
    <message>
        <source>%1 has no column &apos;%2&apos; (its header row names the columns)</source>
        <translation>%1 no tiene la columna «%2» (su fila de encabezado da nombre a las columnas)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
</context>
<context>
    <name>DataTables</name>
    <message>
        <source>cannot read %1</source>
        <translation>no se puede leer %1</translation>
    </message>
    <message>
        <source>This run left no report.</source>
        <translation>Esta importación no dejó ningún informe.</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>Anuncios</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Preguntas y respuestas</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>«%1» no se puede leer: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation>«%1» ya existe</translation>
    </message>
    <message>
        <source>in-memory database</source>
        <translation>base de datos en memoria</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>«%1» no existe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>«%1» no es un archivo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Goodwill database (not an SQLite file)</source>
        <translation>«%1» no es una base de datos de Goodwill (no es un archivo SQLite)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged or not a database (%2)</source>
        <translation>«%1» está dañado o no es una base de datos (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a Goodwill activity database (it has no schema_version table)</source>
        <translation>«%1» es una base de datos SQLite, pero no una base de datos de actividad de Goodwill (no tiene tabla schema_version)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Goodwill (schema version %2; this version reads up to %3)</source>
        <translation>«%1» se escribió con un Goodwill más reciente (versión del esquema %2; esta versión lee hasta la %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses schema version %2 and must be upgraded; open it for writing to upgrade it</source>
        <translation>«%1» usa la versión del esquema %2 y debe actualizarse; ábralo con permiso de escritura para actualizarlo</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>&apos;%1&apos; is damaged (%2)</source>
        <translation>«%1» está dañado (%2)</translation>
    </message>
    <message>
        <source>no schema_version table: not a Goodwill activity database</source>
        <translation>no hay tabla schema_version: no es una base de datos de actividad de Goodwill</translation>
    </message>
    <message>
        <source>schema_version holds no row for version %1, so Goodwill cannot read it</source>
        <translation>schema_version no tiene ninguna fila para la versión %1, así que Goodwill no puede leerla</translation>
    </message>
    <message>
        <source>schema version %1 is newer than this Goodwill (%2)</source>
        <translation>la versión del esquema %1 es más reciente que este Goodwill (%2)</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>falta la tabla %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Writes the demo organisation Brightwater to a new database.</source>
        <translation>Escribe la organización de demostración Brightwater en una base de datos nueva.</translation>
    </message>
    <message>
        <source>The database file to create.</source>
        <translation>El archivo de base de datos que se creará.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Number of people (default 1200).</source>
        <translation>Número de personas (predeterminado: 1200).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Months of activity (default 24).</source>
        <translation>Meses de actividad (predeterminado: 24).</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>Random seed (default 42).</source>
        <translation>Semilla aleatoria (predeterminada: 42).</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>demo needs --out FILE and takes no other arguments</source>
        <translation>demo necesita --out ARCHIVO y no admite otros argumentos</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &apos;%2&apos;</source>
        <translation>--%1 necesita un número entero, no «%2»</translation>
    </message>
    <message>
        <source>--seed needs a whole number, not &apos;%1&apos;</source>
        <translation>--seed necesita un número entero, no «%1»</translation>
    </message>
    <message>
        <source>Wrote %1: %2 people in %3 departments, %4 activities in %5 s (%6 activities/s)
</source>
        <translation>Escrito %1: %2 personas en %3 departamentos, %4 actividades en %5 s (%6 actividades/s)
</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Demo generation was cancelled</source>
        <translation>Se canceló la generación de la demostración</translation>
    </message>
    <message>
        <source>The demo needs between 200 and 1,000,000 people (asked for %1)</source>
        <translation>La demostración necesita entre 200 y 1.000.000 de personas (se pidieron %1)</translation>
    </message>
    <message>
        <source>The demo covers between 1 and 120 months (asked for %1)</source>
        <translation>La demostración abarca entre 1 y 120 meses (se pidieron %1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another file name or remove it first</source>
        <translation>«%1» ya existe; elija otro nombre de archivo o elimínelo antes</translation>
    </message>
</context>
<context>
    <name>EngageExportReader</name>
    <message>
        <source>the id is empty</source>
        <translation>el id está vacío</translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is not a time</source>
        <translation>created_at «%1» no es una hora válida</translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is outside 1990-2100</source>
        <translation>created_at «%1» está fuera del intervalo 1990-2100</translation>
    </message>
    <message>
        <source>%1 holds no Messages.csv: it is not a Viva Engage network export</source>
        <translation>%1 no contiene Messages.csv: no es una exportación de red de Viva Engage</translation>
    </message>
    <message>
        <source>%1 has no Users.csv beside %2: export the network&apos;s users too</source>
        <translation>%1 no tiene Users.csv junto a %2: exporte también los usuarios de la red</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) come from people missing from Users.csv: an export limited to a date range lists only the people who joined or left in that range; export all users</source>
        <translation>
            <numerusform>%n mensaje procede de personas que no figuran en Users.csv: una exportación limitada a un intervalo de fechas solo incluye a las personas que se unieron o se fueron en ese intervalo; exporte todos los usuarios</numerusform>
            <numerusform>%n mensajes proceden de personas que no figuran en Users.csv: una exportación limitada a un intervalo de fechas solo incluye a las personas que se unieron o se fueron en ese intervalo; exporte todos los usuarios</numerusform>
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
        <translation>Preguntas del personal que llevan %1 días o más esperando su respuesta: %2. La más antigua se formuló el %3.</translation>
    </message>
    <message>
        <source>Staff questions to you asked in the period with no reply of yours in the thread since and not marked handled, waiting at least %1 days to the end of the data (engagement.question_wait_days).</source>
        <translation>Preguntas del personal dirigidas a usted en el periodo, sin respuesta suya en el hilo desde entonces y no marcadas como atendidas, que llevan al menos %1 días esperando hasta el final de los datos (engagement.question_wait_days).</translation>
    </message>
    <message>
        <source>Departments with at least %1 staff whose staff wrote to you in the period (replies in your threads, messages naming you) and had no reply of yours to one of them, message of yours naming one or recognition of one in the %2 weeks to %3 (engagement.silent_weeks).</source>
        <translation>Departamentos con al menos %1 empleados cuyo personal le escribió en el periodo (respuestas en sus hilos, mensajes que le nombran) y que no tuvieron ninguna respuesta suya a alguno de ellos, ningún mensaje suyo que nombre a alguno ni ningún reconocimiento a alguno en las %2 semanas hasta el %3 (engagement.silent_weeks).</translation>
    </message>
    <message>
        <source>Nobody in %1 has heard from you in %2 weeks, though they wrote to you in this period.</source>
        <translation>Nadie de %1 ha sabido de usted en %2 semanas, aunque le escribieron en este periodo.</translation>
    </message>
    <message>
        <source>Nobody in %1 has heard from you in this data, though they wrote to you in this period.</source>
        <translation>Nadie de %1 ha sabido de usted en estos datos, aunque le escribieron en este periodo.</translation>
    </message>
    <message>
        <source>Other departments that wrote to you and have not heard from you in %1 weeks or more: %2.</source>
        <translation>Otros departamentos que le escribieron y no han sabido de usted en %1 semanas o más: %2.</translation>
    </message>
    <message>
        <source>Departments with at least %1 staff on %2 in which no leader recognised anyone in the %3 days to %2 (engagement.not_recognised_days).</source>
        <translation>Departamentos con al menos %1 empleados el %2 en los que ningún líder reconoció a nadie en los %3 días hasta el %2 (engagement.not_recognised_days).</translation>
    </message>
    <message>
        <source>No leader has recognised anyone in %1 in the last %2 days: a recognition from you would be the first.</source>
        <translation>Ningún líder ha reconocido a nadie de %1 en los últimos %2 días: un reconocimiento suyo sería el primero.</translation>
    </message>
    <message>
        <source>Other departments no leader has recognised in the last %1 days: %2.</source>
        <translation>Otros departamentos en los que ningún líder ha reconocido a nadie en los últimos %1 días: %2.</translation>
    </message>
    <message>
        <source>Your reply rate rose from %1 (%2) to %3 (%4): keep it up.</source>
        <translation>Su tasa de respuesta subió del %1 (%2) al %3 (%4): siga así.</translation>
    </message>
    <message>
        <source>Your reply rate fell from %1 (%2) to %3 (%4).</source>
        <translation>Su tasa de respuesta bajó del %1 (%2) al %3 (%4).</translation>
    </message>
    <message>
        <source>The reply rate of the last period with staff comments to you against the period before it with any, when it moved by at least %1 points (engagement.reply_rate_change_points).</source>
        <translation>La tasa de respuesta del último periodo con comentarios del personal dirigidos a usted frente al periodo anterior que tuviera alguno, cuando varió al menos %1 puntos (engagement.reply_rate_change_points).</translation>
    </message>
    <message>
        <source>You posted %1 times a week; your goal is %2. About %3 more posts a week would meet it.</source>
        <translation>Publicó %1 veces por semana; su objetivo es %2. Con unas %3 publicaciones más por semana lo cumpliría.</translation>
    </message>
    <message>
        <source>You replied %1 times a week; your goal is %2. About %3 more replies a week would meet it.</source>
        <translation>Respondió %1 veces por semana; su objetivo es %2. Con unas %3 respuestas más por semana lo cumpliría.</translation>
    </message>
    <message>
        <source>You recognised someone %1 times a week; your goal is %2. About %3 more recognitions a week would meet it.</source>
        <translation>Reconoció a alguien %1 veces por semana; su objetivo es %2. Con unos %3 reconocimientos más por semana lo cumpliría.</translation>
    </message>
    <message>
        <source>%1 in the period (%2) divided by its weeks (%3 days / 7), against your goal of %4 a week (set on this page).</source>
        <translation>%1 en el periodo (%2) dividido entre sus semanas (%3 días / 7), frente a su objetivo de %4 por semana (fijado en esta página).</translation>
    </message>
    <message>
        <source>%1 in the period (%2) divided by its weeks (%3 days / 7), against your goal of %4 a week (goals in the model file).</source>
        <translation>%1 en el periodo (%2) dividido entre sus semanas (%3 días / 7), frente a su objetivo de %4 por semana (objetivos del archivo de modelo).</translation>
    </message>
    <message>
        <source>People who wrote to you or responded to your posts in the last %1 days and have had no recognition from you in that time: %2.</source>
        <translation>Personas que le escribieron o respondieron a sus publicaciones en los últimos %1 días y no han recibido ningún reconocimiento suyo en ese tiempo: %2.</translation>
    </message>
    <message>
        <source>Staff who replied or reacted to your posts, or wrote a comment to you, in the %1 days to %2, and whom you did not recognise in them (engagement.not_recognised_days).</source>
        <translation>Personal que respondió o reaccionó a sus publicaciones, o le escribió un comentario, en los %1 días hasta el %2, y al que usted no reconoció en ese tiempo (engagement.not_recognised_days).</translation>
    </message>
    <message>
        <source>Observer: fewer than %1 posts and replies per 4 weeks (you: %2).</source>
        <translation>Observador: menos de %1 publicaciones y respuestas cada 4 semanas (usted: %2).</translation>
    </message>
    <message>
        <source>Broadcaster: under %1 of your messages are replies (you: %2).</source>
        <translation>Difusor: menos del %1 de sus mensajes son respuestas (usted: %2).</translation>
    </message>
    <message>
        <source>Responder: over %1 of your messages are replies (you: %2).</source>
        <translation>Respondedor: más del %1 de sus mensajes son respuestas (usted: %2).</translation>
    </message>
    <message>
        <source>Catalyst: your posts draw %1 staff responses each, at least %2 times the leaders&apos; median of %3, and at most %4 of your messages are replies.</source>
        <translation>Catalizador: cada publicación suya obtiene %1 interacciones del personal, al menos %2 veces la mediana de los líderes (%3), y como máximo el %4 de sus mensajes son respuestas.</translation>
    </message>
    <message>
        <source>Engager: a mix of posts and replies (%1 of your messages are replies).</source>
        <translation>Dinamizador: una mezcla de publicaciones y respuestas (el %1 de sus mensajes son respuestas).</translation>
    </message>
    <message>
        <source>Posts or replies that would take you to %1 per 4 weeks, out of Observer: %2 more in this period.</source>
        <translation>Publicaciones o respuestas que le llevarían a %1 cada 4 semanas, fuera de Observador: %2 más en este periodo.</translation>
    </message>
    <message>
        <source>Replies to staff that would bring your replies to %1 of your messages (an Engager, or a Catalyst if your posts draw enough responses): %2 more in this period.</source>
        <translation>Respuestas al personal que llevarían sus respuestas al %1 de sus mensajes (Dinamizador, o Catalizador si sus publicaciones obtienen suficientes interacciones): %2 más en este periodo.</translation>
    </message>
    <message>
        <source>Posts of your own that would bring your replies to %1 of your messages or fewer (an Engager, or a Catalyst if your posts draw enough responses): %2 more in this period.</source>
        <translation>Publicaciones propias que dejarían sus respuestas en el %1 de sus mensajes o menos (Dinamizador, o Catalizador si sus publicaciones obtienen suficientes interacciones): %2 más en este periodo.</translation>
    </message>
    <message>
        <source>A Catalyst&apos;s posts draw at least %1 staff responses each (%2 times the leaders&apos; median); yours draw %3.</source>
        <translation>Las publicaciones de un Catalizador obtienen al menos %1 interacciones del personal cada una (%2 veces la mediana de los líderes); las suyas obtienen %3.</translation>
    </message>
    <message>
        <source>Posts of your own that would bring your replies to %1 of your messages: %2 more.</source>
        <translation>Publicaciones propias que llevarían sus respuestas al %1 de sus mensajes: %2 más.</translation>
    </message>
    <message>
        <source>Keep starting conversations: a Catalyst stays one while the posts draw at least %1 staff responses each.</source>
        <translation>Siga iniciando conversaciones: un Catalizador lo sigue siendo mientras sus publicaciones obtengan al menos %1 interacciones del personal cada una.</translation>
    </message>
</context>
<context>
    <name>EngagementReport</name>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>Staff member (%1)</source>
        <translation>Empleado (%1)</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>My engagement: %1</source>
        <translation>Mi participación: %1</translation>
    </message>
    <message>
        <source>Cadence against goals</source>
        <translation>Ritmo frente a objetivos</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>%1 short of %2</source>
        <translation>faltan %1 para %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>En el periodo</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>Goal a week</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <source>Over the period</source>
        <translation>En el periodo completo</translation>
    </message>
    <message>
        <source>%1 days, %2 weeks; your own goals, set on the My engagement page.</source>
        <translation>%1 días, %2 semanas; sus propios objetivos, fijados en la página Mi participación.</translation>
    </message>
    <message>
        <source>%1 days, %2 weeks; the goals are the model file&apos;s.</source>
        <translation>%1 días, %2 semanas; los objetivos son los del archivo de modelo.</translation>
    </message>
    <message>
        <source>Persona: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Among leaders</source>
        <translation>Entre los líderes</translation>
    </message>
    <message>
        <source>Your percentile among leaders (50 is the middle; only your own place is shown)</source>
        <translation>Su percentil entre los líderes (50 es la mitad; solo se muestra su propia posición)</translation>
    </message>
    <message>
        <source>Reply rate and time to first reply</source>
        <translation>Tasa de respuesta y tiempo hasta la primera respuesta</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>Respondidos (%)</translation>
    </message>
    <message>
        <source>Share of staff comments to you answered within %1 h, per period</source>
        <translation>Porcentaje de comentarios del personal dirigidos a usted respondidos en %1 h, por periodo</translation>
    </message>
    <message>
        <source>Median hours to first reply</source>
        <translation>Horas (mediana)</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to your first reply, per period</source>
        <translation>Mediana de horas desde un comentario del personal hasta su primera respuesta, por periodo</translation>
    </message>
    <message>
        <source>Per period</source>
        <translation>Por periodo</translation>
    </message>
    <message>
        <source>Unanswered staff questions</source>
        <translation>Preguntas del personal sin respuesta</translation>
    </message>
    <message>
        <source>Staff questions to you asked in the period with no reply of yours in the thread since, oldest first: %1 open, %2 marked handled (left out). Waiting is counted to the end of the data (%3).</source>
        <translation>Preguntas del personal dirigidas a usted en el periodo sin respuesta suya en el hilo desde entonces, de la más antigua a la más reciente: %1 abiertas, %2 marcadas como atendidas (excluidas). La espera se cuenta hasta el final de los datos (%3).</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(sin departamento)</translation>
    </message>
    <message>
        <source>Asked (UTC)</source>
        <translation>Formulada (UTC)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Formulada por</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>The oldest %1 of %2.</source>
        <translation>Las %1 más antiguas de %2.</translation>
    </message>
    <message>
        <source>Not recognised in the last %1 days</source>
        <translation>Sin reconocimiento en los últimos %1 días</translation>
    </message>
    <message>
        <source>From %1 to %2. Departments with fewer than %3 staff are not listed.</source>
        <translation>Del %1 al %2. No se incluyen los departamentos con menos de %3 empleados.</translation>
    </message>
    <message>
        <source>You recognised someone in every department listed.</source>
        <translation>Usted reconoció a alguien en todos los departamentos de la lista.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Last wrote to you</source>
        <translation>Último mensaje a usted</translation>
    </message>
    <message>
        <source>Your last recognition</source>
        <translation>Su último reconocimiento</translation>
    </message>
    <message>
        <source>People who wrote to you or responded to your posts in the window (%1 in all), by department and name.</source>
        <translation>Personas que le escribieron o respondieron a sus publicaciones en la ventana (%1 en total), por departamento y nombre.</translation>
    </message>
    <message>
        <source>Best-received posts</source>
        <translation>Publicaciones mejor recibidas</translation>
    </message>
    <message>
        <source>None of your posts in the period drew a staff response.</source>
        <translation>Ninguna de sus publicaciones del periodo obtuvo interacción del personal.</translation>
    </message>
    <message>
        <source>Staff responses in each post&apos;s thread; tone only when at least %1 people replied</source>
        <translation>Interacciones del personal en el hilo de cada publicación; el tono solo cuando respondieron al menos %1 personas</translation>
    </message>
    <message>
        <source>Nudges</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Nothing to nudge you about in this period.</source>
        <translation>No hay nada que sugerirle en este periodo.</translation>
    </message>
</context>
<context>
    <name>ExportArchive</name>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>«%1» no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read (the ZIP file is damaged or truncated): %2</source>
        <translation>No se puede leer %1 (el archivo ZIP está dañado o truncado): %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation>«%1» no existe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an empty folder: there is nothing to import</source>
        <translation>«%1» es una carpeta vacía: no hay nada que importar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an empty ZIP file: there is nothing to import</source>
        <translation>«%1» es un archivo ZIP vacío: no hay nada que importar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty: there is nothing to import</source>
        <translation>«%1» está vacío: no hay nada que importar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a readable ZIP file (truncated or damaged): %2</source>
        <translation>«%1» no es un archivo ZIP legible (truncado o dañado): %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a readable ZIP file: entry %2 cannot be read</source>
        <translation>«%1» no es un archivo ZIP legible: no se puede leer la entrada %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds an entry with an unsafe path (&apos;%2&apos;); nothing was imported</source>
        <translation>«%1» contiene una entrada con una ruta insegura («%2»); no se ha importado nada</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: entry &apos;%2&apos; would inflate %3 bytes from %4 (a ZIP bomb?); nothing was imported</source>
        <translation>«%1»: la entrada «%2» se descomprimiría en %3 bytes a partir de %4 (¿una bomba ZIP?); no se ha importado nada</translation>
    </message>
    <message>
        <source>&apos;%1&apos; would inflate to more than %2 bytes from %3 (a ZIP bomb?); nothing was imported</source>
        <translation>«%1» se descomprimiría en más de %2 bytes a partir de %3 (¿una bomba ZIP?); no se ha importado nada</translation>
    </message>
    <message>
        <source>%1 is too large to read (%2 bytes; at most %3)</source>
        <translation>%1 es demasiado grande para leerlo (%2 bytes; como máximo %3)</translation>
    </message>
    <message>
        <source>%1 ended after %2 of %3 bytes (truncated?)</source>
        <translation>%1 terminó tras %2 de %3 bytes (¿truncado?)</translation>
    </message>
    <message>
        <source>%1 cannot be opened (the ZIP file is damaged or truncated): %2</source>
        <translation>No se puede abrir %1 (el archivo ZIP está dañado o truncado): %2</translation>
    </message>
</context>
<context>
    <name>ExportReader</name>
    <message>
        <source>The import was cancelled</source>
        <translation>Se canceló la importación</translation>
    </message>
</context>
<context>
    <name>FigureEvidence</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No such department.</source>
        <translation>No existe ese departamento.</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>peso %1</translation>
    </message>
    <message>
        <source>weight %1; %2</source>
        <translation>peso %1; %2</translation>
    </message>
    <message>
        <source>The weighted mean of the pillar&apos;s signals that have a value and are not thin.</source>
        <translation>La media ponderada de las señales del pilar que tienen valor y no son escasas.</translation>
    </message>
    <message>
        <source>left out: hidden by the privacy rules</source>
        <translation>excluida: oculta por las reglas de privacidad</translation>
    </message>
    <message>
        <source>left out: nothing to measure</source>
        <translation>excluida: nada que medir</translation>
    </message>
    <message>
        <source>left out: thin</source>
        <translation>excluida: escasa</translation>
    </message>
    <message>
        <source>The weighted mean of the available pillars, the weights renormalised over them.</source>
        <translation>La media ponderada de los pilares disponibles, con los pesos renormalizados entre ellos.</translation>
    </message>
    <message>
        <source>left out: no signal available</source>
        <translation>excluido: ninguna señal disponible</translation>
    </message>
    <message>
        <source>The staff in the department on the day (by the roster); leaders, guests and bots are not counted.</source>
        <translation>La plantilla del departamento ese día (según el listado de personal); no se cuentan líderes, invitados ni bots.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Smallest group shown (k)</source>
        <translation>Grupo mínimo mostrado (k)</translation>
    </message>
    <message>
        <source>Showing the latest %1 of %2.</source>
        <translation>Se muestran los %1 más recientes de %2.</translation>
    </message>
    <message>
        <source>The figures are not loaded yet.</source>
        <translation>Las cifras aún no se han cargado.</translation>
    </message>
    <message>
        <source>There is no data in the chosen dates.</source>
        <translation>No hay datos en las fechas elegidas.</translation>
    </message>
    <message>
        <source>No such leader.</source>
        <translation>No existe ese líder.</translation>
    </message>
    <message>
        <source>Nothing to open.</source>
        <translation>No hay nada que abrir.</translation>
    </message>
    <message>
        <source>No such signal.</source>
        <translation>No existe esa señal.</translation>
    </message>
    <message>
        <source>Tone is hidden: fewer than %1 of the staff wrote in the window, and a tone from so few messages could point to their authors.</source>
        <translation>El tono está oculto: escribieron en la ventana menos de %1 empleados, y un tono calculado con tan pocos mensajes podría delatar a sus autores.</translation>
    </message>
    <message>
        <source>No such pillar.</source>
        <translation>No existe ese pilar.</translation>
    </message>
</context>
<context>
    <name>FigureTitle</name>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Replies to staff</source>
        <translation>Respuestas al personal</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Personas reconocidas</translation>
    </message>
    <message>
        <source>Departments recognised</source>
        <translation>Departamentos reconocidos</translation>
    </message>
    <message>
        <source>Staff comments</source>
        <translation>Comentarios del personal</translation>
    </message>
    <message>
        <source>Answered comments</source>
        <translation>Comentarios respondidos</translation>
    </message>
    <message>
        <source>Staff questions</source>
        <translation>Preguntas del personal</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Responses received</source>
        <translation>Interacciones recibidas</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Answered-question rate</source>
        <translation>Tasa de preguntas respondidas</translation>
    </message>
    <message>
        <source>Median time to first reply</source>
        <translation>Mediana hasta la 1.ª respuesta</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Ratio de conversación</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Semanas activas</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Selection (%1)</source>
        <translation>Selección (%1)</translation>
    </message>
    <message>
        <source>%1 of %2, %3 – %4</source>
        <translation>%1 de %2, %3 – %4</translation>
    </message>
    <message>
        <source>%1 (%2) of %3, the %4 days to %5</source>
        <translation>%1 (%2) de %3, los %4 días hasta el %5</translation>
    </message>
    <message>
        <source>%1 of %2 on %3</source>
        <translation>%1 de %2 el %3</translation>
    </message>
    <message>
        <source>Emotional capital (ECI) of %1 on %2</source>
        <translation>Capital emocional (ECI) de %1 el %2</translation>
    </message>
    <message>
        <source>Staff of %1 on %2</source>
        <translation>Plantilla de %1 el %2</translation>
    </message>
</context>
<context>
    <name>HandledQuestions</name>
    <message>
        <source>&apos;%1&apos; was not created by Goodwill, so it is only ever read: questions cannot be marked handled in it.</source>
        <translation>«%1» no lo creó Goodwill, así que solo se lee: no se pueden marcar preguntas como atendidas en él.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only (the file cannot be written), so questions cannot be marked handled in it.</source>
        <translation>«%1» es de solo lectura (no se puede escribir en el archivo), así que no se pueden marcar preguntas como atendidas en él.</translation>
    </message>
    <message>
        <source>cannot read the questions marked handled</source>
        <translation>no se pueden leer las preguntas marcadas como atendidas</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Imports exports (Slack, Viva Engage, Mattermost, Teams, Goodwill CSV/JSONL) and a roster into a Goodwill database, all or nothing.</source>
        <translation>Importa exportaciones (Slack, Viva Engage, Mattermost, Teams, CSV/JSONL de Goodwill) y un listado de personal en una base de datos de Goodwill, todo o nada.</translation>
    </message>
    <message>
        <source>The database to import into (created when missing).</source>
        <translation>La base de datos en la que importar (se crea si no existe).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>A roster CSV with departments, applied after the sources.</source>
        <translation>Un CSV de personal con departamentos, que se aplica después de las fuentes.</translation>
    </message>
    <message>
        <source>auto (default), slack, engage, mattermost, teams, csv or jsonl.</source>
        <translation>auto (predeterminado), slack, engage, mattermost, teams, csv o jsonl.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Slack: the id of the custom profile field holding the department.</source>
        <translation>Slack: el id del campo de perfil personalizado que contiene el departamento.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Also write the report as JSON to this file.</source>
        <translation>Escribir además el informe como JSON en este archivo.</translation>
    </message>
    <message>
        <source>Export files or folders.</source>
        <translation>Archivos o carpetas de exportación.</translation>
    </message>
    <message>
        <source>import needs at least one SOURCE (or --roster) and --into FILE</source>
        <translation>import necesita al menos un ORIGEN (o --roster) y --into ARCHIVO</translation>
    </message>
    <message>
        <source>--format takes auto, slack, engage, mattermost, teams, csv or jsonl, not &apos;%1&apos;</source>
        <translation>--format admite auto, slack, engage, mattermost, teams, csv o jsonl, no «%1»</translation>
    </message>
    <message>
        <source>the import succeeded, but the report cannot be written to &apos;%1&apos;: %2</source>
        <translation>la importación se completó, pero no se puede escribir el informe en «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ImportFormat</name>
    <message>
        <source>Unknown format</source>
        <translation>Formato desconocido</translation>
    </message>
    <message>
        <source>Slack workspace export</source>
        <translation>Exportación de espacio de trabajo de Slack</translation>
    </message>
    <message>
        <source>Viva Engage network export</source>
        <translation>Exportación de red de Viva Engage</translation>
    </message>
    <message>
        <source>Mattermost bulk export</source>
        <translation>Exportación masiva de Mattermost</translation>
    </message>
    <message>
        <source>Microsoft Teams messages (Graph JSON)</source>
        <translation>Mensajes de Microsoft Teams (JSON de Graph)</translation>
    </message>
    <message>
        <source>Goodwill activity CSV</source>
        <translation>CSV de actividad de Goodwill</translation>
    </message>
    <message>
        <source>Goodwill activity JSONL</source>
        <translation>JSONL de actividad de Goodwill</translation>
    </message>
    <message>
        <source>Roster CSV</source>
        <translation>CSV de personal</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>already imported</source>
        <translation>ya importado</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>usuario desconocido</translation>
    </message>
    <message>
        <source>missing parent</source>
        <translation>falta el mensaje padre</translation>
    </message>
    <message>
        <source>system message</source>
        <translation>mensaje del sistema</translation>
    </message>
    <message>
        <source>bot</source>
        <translation>bot</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Added: %1 posts, %2 replies, %3 reactions, %4 recognitions</source>
        <translation>Añadido: %1 publicaciones, %2 respuestas, %3 reacciones, %4 reconocimientos</translation>
    </message>
    <message>
        <source>New people: %1, new channels: %2</source>
        <translation>Personas nuevas: %1, canales nuevos: %2</translation>
    </message>
    <message>
        <source>Roster: %1 stints</source>
        <translation>Listado de personal: %1 periodos</translation>
    </message>
    <message>
        <source>Activity from %1 to %2 (UTC)</source>
        <translation>Actividad del %1 al %2 (UTC)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitido: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
</context>
<context>
    <name>ImportSink</name>
    <message>
        <source>the %1 is %2 MiB long; a value may hold at most %3 MiB</source>
        <translation>el valor de %1 ocupa %2 MiB; un valor admite como máximo %3 MiB</translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation>no se puede leer la base de datos</translation>
    </message>
    <message>
        <source>internal: a source began before the previous one finished</source>
        <translation>interno: una fuente empezó antes de que terminara la anterior</translation>
    </message>
    <message>
        <source>a person without an id</source>
        <translation>una persona sin id</translation>
    </message>
    <message>
        <source>person&apos;s id</source>
        <translation>id de la persona</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>a channel without an id</source>
        <translation>un canal sin id</translation>
    </message>
    <message>
        <source>channel&apos;s id</source>
        <translation>id del canal</translation>
    </message>
    <message>
        <source>channel&apos;s name</source>
        <translation>nombre del canal</translation>
    </message>
    <message>
        <source>the time %1 is out of range (1990 to 2100)</source>
        <translation>la hora %1 está fuera del intervalo (1990 a 2100)</translation>
    </message>
    <message>
        <source>a message without an id</source>
        <translation>un mensaje sin id</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>parent id</source>
        <translation>id del mensaje padre</translation>
    </message>
    <message>
        <source>thread id</source>
        <translation>id del hilo</translation>
    </message>
    <message>
        <source>emoji</source>
        <translation>emoji</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; appears twice</source>
        <translation>el id «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>a roster row without an e-mail</source>
        <translation>una fila del listado de personal sin correo electrónico</translation>
    </message>
    <message>
        <source>internal: no source was begun</source>
        <translation>interno: no se inició ninguna fuente</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>&apos;%1&apos;: the format was not recognised (Slack, Viva Engage, Mattermost, Teams, Goodwill CSV or JSONL, roster CSV); choose the format (--format on the command line)</source>
        <translation>«%1»: no se reconoció el formato (Slack, Viva Engage, Mattermost, Teams, CSV o JSONL de Goodwill, CSV de personal); elija el formato (--format en la línea de comandos)</translation>
    </message>
    <message>
        <source>no temporary folder for the preview: %1</source>
        <translation>no hay carpeta temporal para la vista previa: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not created by Goodwill and is only read, never changed; import into a new file instead</source>
        <translation>«%1» no lo creó Goodwill y solo se lee, nunca se modifica; importe en un archivo nuevo</translation>
    </message>
    <message>
        <source>nothing to import: name an export or a roster</source>
        <translation>nada que importar: indique una exportación o un listado de personal</translation>
    </message>
    <message>
        <source>no target database: name one with --into</source>
        <translation>no hay base de datos de destino: indíquela con --into</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 cannot be imported yet</source>
        <translation>«%1»: %2 aún no se puede importar</translation>
    </message>
</context>
<context>
    <name>KeyRun</name>
    <message>
        <source>cannot use the import&apos;s temporary key file in %1: %2</source>
        <translation>no se puede usar el archivo temporal de claves de la importación en %1: %2</translation>
    </message>
</context>
<context>
    <name>LeaderEngagement</name>
    <message>
        <source>No data is open.</source>
        <translation>No hay datos abiertos.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the person asked for is not a leader of this data, or the period is empty.</source>
        <translation>«%1»: la persona solicitada no es líder en estos datos, o el periodo está vacío.</translation>
    </message>
</context>
<context>
    <name>LeaderEvidence</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>A leader&apos;s figures are their own: the staff who wrote to them are named, as in their threads.</source>
        <translation>Las cifras de un líder son suyas: se nombra al personal que le escribió, igual que en sus hilos.</translation>
    </message>
    <message>
        <source>to %1 (staff)</source>
        <translation>a %1 (personal)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>The leader&apos;s posts in the period.</source>
        <translation>Las publicaciones del líder en el periodo.</translation>
    </message>
    <message>
        <source>The leader&apos;s posts</source>
        <translation>Las publicaciones del líder</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>The leader&apos;s replies in the period.</source>
        <translation>Las respuestas del líder en el periodo.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies</source>
        <translation>Las respuestas del líder</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>The leader&apos;s replies whose parent message is by a staff member.</source>
        <translation>Las respuestas del líder cuyo mensaje padre es de un empleado.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies (counted: to staff)</source>
        <translation>Las respuestas del líder (se cuentan: al personal)</translation>
    </message>
    <message>
        <source>Replies to staff</source>
        <translation>Respuestas al personal</translation>
    </message>
    <message>
        <source>Replies / (posts + replies).</source>
        <translation>Respuestas / (publicaciones + respuestas).</translation>
    </message>
    <message>
        <source>The leader&apos;s posts and replies (counted: replies)</source>
        <translation>Las publicaciones y respuestas del líder (se cuentan: respuestas)</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Ratio de conversación</translation>
    </message>
    <message>
        <source>Observer: fewer than %1 posts + replies per 4 weeks; else Broadcaster: conversation ratio &lt; %2; else Responder: ratio &gt; %3; else Catalyst: staff responses per post at least %4 times the median over leaders who posted, ratio ≤ %5; else Engager. The first match wins, in that order.</source>
        <translation>Observador: menos de %1 publicaciones + respuestas cada 4 semanas; si no, Difusor: ratio de conversación &lt; %2; si no, Respondedor: ratio &gt; %3; si no, Catalizador: interacciones del personal por publicación de al menos %4 veces la mediana de los líderes que publicaron, ratio ≤ %5; si no, Dinamizador. Gana la primera coincidencia, en ese orden.</translation>
    </message>
    <message>
        <source>The leader&apos;s posts and replies</source>
        <translation>Las publicaciones y respuestas del líder</translation>
    </message>
    <message>
        <source>Posts + replies per 4 weeks</source>
        <translation>Publicaciones + respuestas cada 4 semanas</translation>
    </message>
    <message>
        <source>Staff responses received</source>
        <translation>Interacciones del personal recibidas</translation>
    </message>
    <message>
        <source>Staff responses per post</source>
        <translation>Interacciones del personal por publicación</translation>
    </message>
    <message>
        <source>Median responses per post over leaders who posted</source>
        <translation>Mediana de interacciones por publicación entre los líderes que publicaron</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>recognises %1</source>
        <translation>reconoce a %1</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions</source>
        <translation>Los reconocimientos del líder</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions in the period (an activity that names or marks someone and is a recognition by the rules of docs/model.md section 1).</source>
        <translation>Los reconocimientos del líder en el periodo (una actividad que nombra o señala a alguien y es un reconocimiento según las reglas de la sección 1 de docs/model.md).</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Personas reconocidas</translation>
    </message>
    <message>
        <source>Distinct people the leader&apos;s recognitions named.</source>
        <translation>Personas distintas nombradas en los reconocimientos del líder.</translation>
    </message>
    <message>
        <source>Departments recognised</source>
        <translation>Departamentos reconocidos</translation>
    </message>
    <message>
        <source>Distinct departments of the people the leader recognised, each person&apos;s department on the day.</source>
        <translation>Departamentos distintos de las personas que reconoció el líder, el de cada persona ese día.</translation>
    </message>
    <message>
        <source>no later reply from the leader in the thread</source>
        <translation>sin respuesta posterior del líder en el hilo</translation>
    </message>
    <message>
        <source>answered after %1 h</source>
        <translation>respondido tras %1 h</translation>
    </message>
    <message>
        <source>answered after %1 h: later than %2 h</source>
        <translation>respondido tras %1 h: más de %2 h</translation>
    </message>
    <message>
        <source>question; %1</source>
        <translation>pregunta; %1</translation>
    </message>
    <message>
        <source>Staff questions to the leader</source>
        <translation>Preguntas del personal al líder</translation>
    </message>
    <message>
        <source>Staff comments to the leader</source>
        <translation>Comentarios del personal al líder</translation>
    </message>
    <message>
        <source>Staff questions</source>
        <translation>Preguntas del personal</translation>
    </message>
    <message>
        <source>Staff comments</source>
        <translation>Comentarios del personal</translation>
    </message>
    <message>
        <source>In threads the leader started</source>
        <translation>En hilos que inició el líder</translation>
    </message>
    <message>
        <source>Naming the leader elsewhere</source>
        <translation>Mencionando al líder en otros hilos</translation>
    </message>
    <message>
        <source>Staff comments to the leader that are questions (a question mark outside links and code, or any staff post in a Q&amp;A channel).</source>
        <translation>Comentarios del personal al líder que son preguntas (un signo de interrogación fuera de enlaces y código, o cualquier publicación del personal en un canal de preguntas y respuestas).</translation>
    </message>
    <message>
        <source>Staff replies in threads the leader started, plus staff posts and replies that mention the leader; one message counts once.</source>
        <translation>Respuestas del personal en hilos que inició el líder, más publicaciones y respuestas del personal que mencionan al líder; cada mensaje cuenta una vez.</translation>
    </message>
    <message>
        <source>The median of the hours from each staff comment to the leader&apos;s first later reply in its thread, over the comments answered at all.</source>
        <translation>La mediana de horas desde cada comentario del personal hasta la primera respuesta posterior del líder en su hilo, entre los comentarios respondidos.</translation>
    </message>
    <message>
        <source>Answered at all</source>
        <translation>Respondidos alguna vez</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Reply window</source>
        <translation>Plazo de respuesta</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>Answered comments</source>
        <translation>Comentarios respondidos</translation>
    </message>
    <message>
        <source>The share of the staff %1 followed by a reply of the leader in the same thread within %2 h.</source>
        <translation>El porcentaje de %1 del personal con respuesta del líder en el mismo hilo en un plazo de %2 h.</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>preguntas</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>comentarios</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Staff %1 followed by a reply of the leader in the same thread within %2 h.</source>
        <translation>Número de %1 del personal con respuesta del líder en el mismo hilo en un plazo de %2 h.</translation>
    </message>
    <message>
        <source>first response of this person</source>
        <translation>primera interacción de esta persona</translation>
    </message>
    <message>
        <source>Staff replies and reactions on the leader&apos;s posts</source>
        <translation>Respuestas y reacciones del personal a las publicaciones del líder</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Distinct staff</source>
        <translation>Empleados distintos</translation>
    </message>
    <message>
        <source>Distinct staff who replied or reacted to the leader&apos;s posts in the period.</source>
        <translation>Empleados distintos que respondieron o reaccionaron a las publicaciones del líder en el periodo.</translation>
    </message>
    <message>
        <source>Staff replies and reactions on the leader&apos;s posts.</source>
        <translation>Respuestas y reacciones del personal a las publicaciones del líder.</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>semana %1</translation>
    </message>
    <message>
        <source>The share of seven-day blocks, counted from the first day of the period, with a post, reply or recognition of the leader.</source>
        <translation>El porcentaje de bloques de siete días, contados desde el primer día del periodo, con una publicación, respuesta o reconocimiento del líder.</translation>
    </message>
    <message>
        <source>The leader&apos;s posts, replies and recognitions</source>
        <translation>Las publicaciones, respuestas y reconocimientos del líder</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Semanas activas</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>No leader figure called &quot;%1&quot;.</source>
        <translation>No hay ningún indicador de líder llamado «%1».</translation>
    </message>
</context>
<context>
    <name>LeaderTableModel</name>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Replies to staff</source>
        <translation>Respuestas al personal</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Personas reconocidas</translation>
    </message>
    <message>
        <source>Departments recognised</source>
        <translation>Departamentos reconocidos</translation>
    </message>
    <message>
        <source>Staff comments</source>
        <translation>Comentarios del personal</translation>
    </message>
    <message>
        <source>Answered comments</source>
        <translation>Comentarios respondidos</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Staff questions</source>
        <translation>Preguntas del personal</translation>
    </message>
    <message>
        <source>Answered questions</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>Answered-question rate</source>
        <translation>Tasa de preguntas respondidas</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>Mediana 1.ª respuesta</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Staff responses</source>
        <translation>Interacciones del personal</translation>
    </message>
    <message>
        <source>Conversation ratio</source>
        <translation>Ratio de conversación</translation>
    </message>
    <message>
        <source>Active weeks</source>
        <translation>Semanas activas</translation>
    </message>
</context>
<context>
    <name>MattermostExportReader</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1: no import.jsonl in this Mattermost export</source>
        <translation>%1: no hay import.jsonl en esta exportación de Mattermost</translation>
    </message>
    <message>
        <source>the line is longer than %1 MB</source>
        <translation>la línea supera los %1 MB</translation>
    </message>
    <message>
        <source>the file is empty; a Mattermost export starts with a version line</source>
        <translation>el archivo está vacío; una exportación de Mattermost empieza con una línea de versión</translation>
    </message>
    <message>
        <source>not a Mattermost bulk export: the first line must be {&quot;type&quot;:&quot;version&quot;, ...}</source>
        <translation>no es una exportación masiva de Mattermost: la primera línea debe ser {&quot;type&quot;:&quot;version&quot;, ...}</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>JSON no válido (%1)</translation>
    </message>
    <message>
        <source>the line has no &quot;%1&quot; object</source>
        <translation>la línea no tiene ningún objeto «%1»</translation>
    </message>
    <message>
        <source>the channel has no team or name</source>
        <translation>el canal no tiene equipo ni nombre</translation>
    </message>
    <message>
        <source>the direct channel has no members</source>
        <translation>el canal directo no tiene miembros</translation>
    </message>
    <message>
        <source>the user has no username</source>
        <translation>el usuario no tiene nombre de usuario</translation>
    </message>
    <message>
        <source>create_at is missing</source>
        <translation>falta create_at</translation>
    </message>
    <message>
        <source>create_at %1 is out of range</source>
        <translation>create_at %1 está fuera del intervalo</translation>
    </message>
    <message>
        <source>the direct post has no channel_members</source>
        <translation>la publicación directa no tiene channel_members</translation>
    </message>
    <message>
        <source>the post has no team or channel</source>
        <translation>la publicación no tiene equipo ni canal</translation>
    </message>
</context>
<context>
    <name>MessageLookup</name>
    <message>
        <source>No activity %1 in the data set of %2.</source>
        <translation>No hay ninguna actividad %1 en el conjunto de datos de %2.</translation>
    </message>
    <message>
        <source>cannot read the messages</source>
        <translation>no se pueden leer los mensajes</translation>
    </message>
</context>
<context>
    <name>ModelFile</name>
    <message>
        <source>&apos;%1&apos;: unknown key %2 (ignored)</source>
        <translation>«%1»: clave desconocida %2 (se ignora)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has the wrong type (using the default)</source>
        <translation>«%1»: %2 tiene un tipo incorrecto (se usa el predeterminado)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must be a number from %3 to %4 (using the default)</source>
        <translation>«%1»: %2 debe ser un número de %3 a %4 (se usa el predeterminado)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must be a whole number from %3 to %4 (using the default)</source>
        <translation>«%1»: %2 debe ser un número entero de %3 a %4 (se usa el predeterminado)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must be a list of texts (using the default)</source>
        <translation>«%1»: %2 debe ser una lista de textos (se usa el predeterminado)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must be one of %3 (using the default)</source>
        <translation>«%1»: %2 debe ser uno de estos valores: %3 (se usa el predeterminado)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written: its folder cannot be made</source>
        <translation>«%1» no se puede escribir: no se puede crear su carpeta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written: %2</source>
        <translation>«%1» no se puede escribir: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be removed: %2</source>
        <translation>«%1» no se puede eliminar: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2 (using the default model)</source>
        <translation>«%1» no se puede leer: %2 (se usa el modelo predeterminado)</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>el nivel superior no es un objeto</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid model file at offset %2: %3 (using the default model)</source>
        <translation>«%1» no es un archivo de modelo válido en la posición %2: %3 (se usa el modelo predeterminado)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 is not one of the languages %3 (ignored)</source>
        <translation>«%1»: %2 no es ninguno de los idiomas %3 (se ignora)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 must name a lexicon file (ignored)</source>
        <translation>«%1»: %2 debe indicar un archivo de léxico (se ignora)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 has the same floor and target (using the defaults)</source>
        <translation>«%1»: %2 tiene el mismo suelo y la misma meta (se usan los valores predeterminados)</translation>
    </message>
</context>
<context>
    <name>OverrideEdit</name>
    <message>
        <source>&apos;%1&apos; was not created by Goodwill, so it is only ever read: overrides cannot be saved in it. Put the roles and kinds you want into people.role and channels.kind of the file itself.</source>
        <translation>«%1» no lo creó Goodwill, así que solo se lee: no se pueden guardar ajustes manuales en él. Ponga los roles y tipos que desee en people.role y channels.kind del propio archivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read-only (the file cannot be written), so overrides cannot be saved in it.</source>
        <translation>«%1» es de solo lectura (no se puede escribir en el archivo), así que no se pueden guardar ajustes manuales en él.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>no change %1</source>
        <translation>sin cambios %1</translation>
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
        <translation>Observador</translation>
    </message>
    <message>
        <source>Broadcaster</source>
        <translation>Difusor</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>Respondedor</translation>
    </message>
    <message>
        <source>Catalyst</source>
        <translation>Catalizador</translation>
    </message>
    <message>
        <source>Engager</source>
        <translation>Dinamizador</translation>
    </message>
</context>
<context>
    <name>RecognitionFacts</name>
    <message>
        <source>fewer than %1 staff: hidden to protect their privacy</source>
        <translation>menos de %1 empleados: oculto para proteger su privacidad</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>&apos;%1&apos; has no leader with the e-mail address &apos;%2&apos;</source>
        <translation>«%1» no tiene ningún líder con el correo electrónico «%2»</translation>
    </message>
    <message>
        <source>the figures of &apos;%1&apos; could not be worked out</source>
        <translation>no se pudieron calcular las cifras de «%1»</translation>
    </message>
    <message>
        <source>The activity database.</source>
        <translation>La base de datos de actividad.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>departments or leaders (JSON or CSV figures), leader or townhall (a PDF report).</source>
        <translation>departments o leaders (cifras en JSON o CSV), leader o townhall (un informe PDF).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json o csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribirá.</translation>
    </message>
    <message>
        <source>First day (default: the data&apos;s).</source>
        <translation>Primer día (predeterminado: el de los datos).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Last day (default: the data&apos;s).</source>
        <translation>Último día (predeterminado: el de los datos).</translation>
    </message>
    <message>
        <source>week, month or quarter (default month).</source>
        <translation>week, month o quarter (predeterminado: month).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>Comma-separated department names (default all).</source>
        <translation>Nombres de departamentos separados por comas (predeterminado: todos).</translation>
    </message>
    <message>
        <source>names</source>
        <translation>nombres</translation>
    </message>
    <message>
        <source>A model file overriding the defaults (docs/model.md).</source>
        <translation>Un archivo de modelo que sustituye a los valores predeterminados (docs/model.md).</translation>
    </message>
    <message>
        <source>The leader&apos;s e-mail address (--kind leader).</source>
        <translation>El correo electrónico del líder (--kind leader).</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>Name staff as &quot;Staff member (Department)&quot; in PDF reports.</source>
        <translation>Nombrar al personal como «Empleado (Departamento)» en los informes PDF.</translation>
    </message>
    <message>
        <source>report needs --db FILE, --kind and --out FILE</source>
        <translation>report necesita --db ARCHIVO, --kind y --out ARCHIVO</translation>
    </message>
    <message>
        <source>--kind must be departments, leaders, leader or townhall, not &apos;%1&apos;</source>
        <translation>--kind debe ser departments, leaders, leader o townhall, no «%1»</translation>
    </message>
    <message>
        <source>--kind leader needs --leader EMAIL</source>
        <translation>--kind leader necesita --leader CORREO</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &apos;%1&apos;</source>
        <translation>--format debe ser json o csv, no «%1»</translation>
    </message>
    <message>
        <source>--granularity must be week, month or quarter, not &apos;%1&apos;</source>
        <translation>--granularity debe ser week, month o quarter, no «%1»</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 necesita una fecha con formato AAAA-MM-DD, no «%2»</translation>
    </message>
    <message>
        <source>the model file &apos;%1&apos; does not exist</source>
        <translation>el archivo de modelo «%1» no existe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no activity in the period asked for</source>
        <translation>«%1» no contiene actividad en el periodo solicitado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no department named &apos;%2&apos;</source>
        <translation>«%1» no tiene ningún departamento llamado «%2»</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>no se puede escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1 more rows are not shown (the CSV export has them all).</source>
        <translation>No se muestran %1 filas más (la exportación CSV las contiene todas).</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Acerca de este informe</translation>
    </message>
    <message>
        <source>Generated: %1 (UTC) by %2</source>
        <translation>Generado: %1 (UTC) por %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Staff names: pseudonymised</source>
        <translation>Nombres del personal: seudonimizados</translation>
    </message>
    <message>
        <source>Staff names: as recorded</source>
        <translation>Nombres del personal: tal como constan</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Last import (UTC)</source>
        <translation>Última importación (UTC)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>SHA-256 of the data</source>
        <translation>SHA-256 de los datos</translation>
    </message>
    <message>
        <source>The hash covers every row the figures are computed from (not the import log). A database with the same hash gives the same report for the same filters.</source>
        <translation>El hash abarca todas las filas con las que se calculan las cifras (no el registro de importación). Una base de datos con el mismo hash da el mismo informe con los mismos filtros.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>There is nothing to put in the report.</source>
        <translation>No hay nada que poner en el informe.</translation>
    </message>
</context>
<context>
    <name>ReportProvenance</name>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>trimestral</translation>
    </message>
    <message>
        <source>all</source>
        <translation>sin filtrar</translation>
    </message>
    <message>
        <source>Period: %1 – %2 (%3)</source>
        <translation>Periodo: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>Departamentos: %1</translation>
    </message>
    <message>
        <source>Channels: %1</source>
        <translation>Canales: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>Líder: %1</translation>
    </message>
    <message>
        <source>Minimum group size: %1 people (%2 distinct authors for anything read from text)</source>
        <translation>Tamaño mínimo de grupo: %1 personas (%2 autores distintos para todo lo que se lee del texto)</translation>
    </message>
    <message>
        <source>Cannot read the sources of %1: %2</source>
        <translation>No se pueden leer las fuentes de %1: %2</translation>
    </message>
</context>
<context>
    <name>RosterCsvReader</name>
    <message>
        <source>%1 holds no .csv file</source>
        <translation>%1 no contiene ningún archivo .csv</translation>
    </message>
    <message>
        <source>%1 holds several CSV files; give the roster as one file</source>
        <translation>%1 contiene varios archivos CSV; indique el listado de personal como un único archivo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address</source>
        <translation>«%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>the department is empty</source>
        <translation>el departamento está vacío</translation>
    </message>
    <message>
        <source>is_leader &apos;%1&apos; is not one of true, false, yes, no, 1, 0</source>
        <translation>is_leader «%1» no es ninguno de estos valores: true, false, yes, no, 1, 0</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>«%1» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>valid_to %1 is not after valid_from %2</source>
        <translation>valid_to %1 no es posterior a valid_from %2</translation>
    </message>
    <message>
        <source>this stint of %1 overlaps the one on line %2</source>
        <translation>este periodo de %1 se solapa con el de la línea %2</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>cannot record the schema version</source>
        <translation>no se puede registrar la versión del esquema</translation>
    </message>
    <message>
        <source>%1: no migration from schema version %2</source>
        <translation>%1: no hay migración desde la versión del esquema %2</translation>
    </message>
</context>
<context>
    <name>SentimentAnalyzer</name>
    <message>
        <source>negated by &apos;%1&apos;</source>
        <translation>negado por «%1»</translation>
    </message>
    <message>
        <source>intensified by &apos;%1&apos;</source>
        <translation>intensificado por «%1»</translation>
    </message>
    <message>
        <source>dampened by &apos;%1&apos;</source>
        <translation>atenuado por «%1»</translation>
    </message>
    <message>
        <source>all caps</source>
        <translation>todo en mayúsculas</translation>
    </message>
    <message>
        <source>after &apos;but&apos;</source>
        <translation>tras «but»</translation>
    </message>
    <message>
        <source>before &apos;but&apos;</source>
        <translation>antes de «but»</translation>
    </message>
    <message>
        <source>lexicon</source>
        <translation>léxico</translation>
    </message>
    <message>
        <source>exclamation</source>
        <translation>exclamación</translation>
    </message>
</context>
<context>
    <name>SentimentLexicon</name>
    <message>
        <source>The built-in English workplace lexicon &apos;%1&apos; is missing from this build</source>
        <translation>Falta en esta compilación el léxico laboral inglés integrado «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot read the lexicon (%2)</source>
        <translation>«%1»: no se puede leer el léxico (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; line %2: %3</source>
        <translation>«%1», línea %2: %3</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>la línea no es UTF-8 válido</translation>
    </message>
    <message>
        <source>the word is empty</source>
        <translation>la palabra está vacía</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no score</source>
        <translation>«%1» no tiene puntuación</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 tab-separated columns; expected the word and its score</source>
        <translation>«%1» tiene %2 columnas separadas por tabuladores; se esperaban la palabra y su puntuación</translation>
    </message>
    <message>
        <source>the score of &apos;%1&apos; is not a number: &apos;%2&apos;</source>
        <translation>la puntuación de «%1» no es un número: «%2»</translation>
    </message>
    <message>
        <source>the score of &apos;%1&apos; is %2, outside -%3..%3</source>
        <translation>la puntuación de «%1» es %2, fuera de -%3..%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no word a message could contain</source>
        <translation>«%1» no tiene ninguna palabra que pueda contener un mensaje</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has more than %2 words</source>
        <translation>«%1» tiene más de %2 palabras</translation>
    </message>
    <message>
        <source>&apos;%1&apos; contains no lexicon entries</source>
        <translation>«%1» no contiene entradas de léxico</translation>
    </message>
</context>
<context>
    <name>ShotsCommand</name>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>the import wizard did not finish: %1</source>
        <translation>el asistente de importación no terminó: %1</translation>
    </message>
</context>
<context>
    <name>SignalEvidence</name>
    <message>
        <source>No signal called &quot;%1&quot;.</source>
        <translation>No hay ninguna señal llamada «%1».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>the %1 days to %2</source>
        <translation>los %1 días hasta el %2</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>The share of the staff comments to leaders (a reply in a leader&apos;s thread, or a message naming a leader) followed by a reply of any leader in the thread within %1 h.</source>
        <translation>El porcentaje de comentarios del personal a líderes (una respuesta en el hilo de un líder, o un mensaje que nombra a un líder) con respuesta de algún líder en el hilo en un plazo de %1 h.</translation>
    </message>
    <message>
        <source>Staff comments to leaders (counted: answered in time)</source>
        <translation>Comentarios del personal a líderes (se cuentan: respondidos a tiempo)</translation>
    </message>
    <message>
        <source>Staff comments to leaders</source>
        <translation>Comentarios del personal a líderes</translation>
    </message>
    <message>
        <source>Answered within %1 h</source>
        <translation>Respondidos en %1 h</translation>
    </message>
    <message>
        <source>The median hours from a staff comment to leaders to the first later leader reply in its thread, over the comments answered at all; scored on a logarithmic scale.</source>
        <translation>La mediana de horas desde un comentario del personal a líderes hasta la primera respuesta posterior de un líder en su hilo, entre los comentarios respondidos; puntuada en escala logarítmica.</translation>
    </message>
    <message>
        <source>Staff comments to leaders answered at all</source>
        <translation>Comentarios del personal a líderes respondidos alguna vez</translation>
    </message>
    <message>
        <source>Comments answered at all</source>
        <translation>Comentarios respondidos alguna vez</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>The share of the seven-day blocks ending on the day (the oldest cut at the window) with a leader reply to a staff message of the department, or a leader recognition of one of its staff.</source>
        <translation>El porcentaje de bloques de siete días que terminan en el día (el más antiguo recortado por la ventana) con una respuesta de un líder a un mensaje del personal del departamento, o un reconocimiento de un líder a alguno de sus empleados.</translation>
    </message>
    <message>
        <source>Leader replies to and recognitions of the department&apos;s staff</source>
        <translation>Respuestas y reconocimientos de líderes al personal del departamento</translation>
    </message>
    <message>
        <source>Seven-day blocks</source>
        <translation>Bloques de siete días</translation>
    </message>
    <message>
        <source>Blocks with a leader touch</source>
        <translation>Bloques con contacto de un líder</translation>
    </message>
    <message>
        <source>The share of the staff recognised by a leader at least once in the window.</source>
        <translation>El porcentaje del personal reconocido por un líder al menos una vez en la ventana.</translation>
    </message>
    <message>
        <source>The share of the staff recognised at least once in the window.</source>
        <translation>El porcentaje del personal reconocido al menos una vez en la ventana.</translation>
    </message>
    <message>
        <source>Leader recognitions of the staff</source>
        <translation>Reconocimientos de líderes al personal</translation>
    </message>
    <message>
        <source>Recognitions of the staff</source>
        <translation>Reconocimientos al personal</translation>
    </message>
    <message>
        <source>Staff (n)</source>
        <translation>Plantilla (n)</translation>
    </message>
    <message>
        <source>Staff recognised</source>
        <translation>Personal reconocido</translation>
    </message>
    <message>
        <source>Recognitions received by the department&apos;s staff (one per person recognised) per member per 30 days: count / (n × %1 / 30).</source>
        <translation>Reconocimientos recibidos por el personal del departamento (uno por persona reconocida) por miembro cada 30 días: recuento / (n × %1 / 30).</translation>
    </message>
    <message>
        <source>Recognitions of the department&apos;s staff</source>
        <translation>Reconocimientos al personal del departamento</translation>
    </message>
    <message>
        <source>Recognitions received</source>
        <translation>Reconocimientos recibidos</translation>
    </message>
    <message>
        <source>Member-months (n × %1 / 30)</source>
        <translation>Meses-miembro (n × %1 / 30)</translation>
    </message>
    <message>
        <source>The share of the staff who posted, replied or reacted in the window.</source>
        <translation>El porcentaje del personal que publicó, respondió o reaccionó en la ventana.</translation>
    </message>
    <message>
        <source>Posts, replies and reactions of the staff</source>
        <translation>Publicaciones, respuestas y reacciones del personal</translation>
    </message>
    <message>
        <source>Active staff</source>
        <translation>Personal activo</translation>
    </message>
    <message>
        <source>Of the staff active in the window before (the %1 days before it), the share active in the window.</source>
        <translation>Del personal activo en la ventana anterior (los %1 días previos), el porcentaje activo en la ventana.</translation>
    </message>
    <message>
        <source>Activity of the staff active in the window before (counted: in the window)</source>
        <translation>Actividad del personal activo en la ventana anterior (se cuenta: en la ventana)</translation>
    </message>
    <message>
        <source>Active in the window before</source>
        <translation>Activos en la ventana anterior</translation>
    </message>
    <message>
        <source>Of them active in the window</source>
        <translation>De ellos, activos en la ventana</translation>
    </message>
    <message>
        <source>The share of the staff&apos;s replies in threads started by someone of another department (on the thread&apos;s day).</source>
        <translation>El porcentaje de las respuestas del personal en hilos iniciados por alguien de otro departamento (el día del hilo).</translation>
    </message>
    <message>
        <source>Replies of the staff (counted: across departments)</source>
        <translation>Respuestas del personal (se cuentan: entre departamentos)</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Across departments</source>
        <translation>Entre departamentos</translation>
    </message>
    <message>
        <source>The mean tone (-1..1) of the staff&apos;s posts and replies; hidden unless at least %1 of the staff wrote in the window.</source>
        <translation>El tono medio (-1..1) de las publicaciones y respuestas del personal; oculto salvo que hayan escrito en la ventana al menos %1 empleados.</translation>
    </message>
    <message>
        <source>Posts and replies of the staff, with their tone</source>
        <translation>Publicaciones y respuestas del personal, con su tono</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Staff who wrote</source>
        <translation>Personal que escribió</translation>
    </message>
    <message>
        <source>Sum of tone</source>
        <translation>Suma del tono</translation>
    </message>
    <message>
        <source>The share of the staff active in social channels in the window.</source>
        <translation>El porcentaje del personal activo en canales sociales en la ventana.</translation>
    </message>
    <message>
        <source>Activity of the staff in social channels</source>
        <translation>Actividad del personal en canales sociales</translation>
    </message>
    <message>
        <source>Active in social channels</source>
        <translation>Activos en canales sociales</translation>
    </message>
    <message>
        <source>Reactions given by the staff per active member per 30 days: reactions / (active members × %1 / 30).</source>
        <translation>Reacciones dadas por el personal por miembro activo cada 30 días: reacciones / (miembros activos × %1 / 30).</translation>
    </message>
    <message>
        <source>Reactions of the staff</source>
        <translation>Reacciones del personal</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Miembros activos</translation>
    </message>
    <message>
        <source>The share of the staff&apos;s posts and replies with a celebration or humour marker.</source>
        <translation>El porcentaje de las publicaciones y respuestas del personal con un indicio de celebración o humor.</translation>
    </message>
    <message>
        <source>Posts and replies of the staff (counted: with a marker)</source>
        <translation>Publicaciones y respuestas del personal (se cuentan: con indicio)</translation>
    </message>
    <message>
        <source>With a marker</source>
        <translation>Con indicio</translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation>Valor bruto</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Suelo</translation>
    </message>
    <message>
        <source>logarithmic scale</source>
        <translation>escala logarítmica</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>100 × clamp((raw − floor) / (target − floor), 0, 1)</source>
        <translation>100 × acotar((bruto − suelo) / (meta − suelo), 0, 1)</translation>
    </message>
    <message>
        <source>Band (%1%)</source>
        <translation>Banda (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Escasa</translation>
    </message>
    <message>
        <source>yes: under %1, left out of its pillar</source>
        <translation>sí: menos de %1, excluida de su pilar</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Staff are not named in department figures: each appears as &quot;%1&quot;.</source>
        <translation>En las cifras de departamento no se nombra al personal: cada persona aparece como «%1».</translation>
    </message>
    <message>
        <source>Staff member (Department)</source>
        <translation>Empleado (Departamento)</translation>
    </message>
    <message>
        <source>The messages are not listed: fewer than %1 staff wrote them, and a message&apos;s tone could point to its author.</source>
        <translation>No se listan los mensajes: los escribieron menos de %1 empleados, y el tono de un mensaje podría delatar a su autor.</translation>
    </message>
    <message>
        <source>no department</source>
        <translation>sin departamento</translation>
    </message>
    <message>
        <source>Staff member (%1)</source>
        <translation>Empleado (%1)</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <source>no later leader reply in the thread</source>
        <translation>sin respuesta posterior de un líder en el hilo</translation>
    </message>
    <message>
        <source>answered after %1 h</source>
        <translation>respondido tras %1 h</translation>
    </message>
    <message>
        <source>first leader reply after %1 h</source>
        <translation>primera respuesta de un líder tras %1 h</translation>
    </message>
    <message>
        <source>in the block %1 of %2 counting back from the day</source>
        <translation>en el bloque %1 de %2 contando hacia atrás desde el día</translation>
    </message>
    <message numerus="yes">
        <source>recognises %n of the staff</source>
        <translation>
            <numerusform>reconoce a %n empleado</numerusform>
            <numerusform>reconoce a %n empleados</numerusform>
        </translation>
    </message>
    <message>
        <source>in the window</source>
        <translation>en la ventana</translation>
    </message>
    <message>
        <source>in the window before</source>
        <translation>en la ventana anterior</translation>
    </message>
    <message>
        <source>in a thread started in %1</source>
        <translation>en un hilo iniciado en %1</translation>
    </message>
    <message>
        <source>tone %1</source>
        <translation>tono %1</translation>
    </message>
    <message>
        <source>celebration or humour marker</source>
        <translation>indicio de celebración o humor</translation>
    </message>
</context>
<context>
    <name>SlackExportReader</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>JSON no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>%1 is missing: this is not a Slack workspace export</source>
        <translation>falta %1: no es una exportación de espacio de trabajo de Slack</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not listed in channels.json: its messages were imported as the channel &apos;%1&apos;</source>
        <translation>La carpeta «%1» no figura en channels.json: sus mensajes se importaron como el canal «%1»</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>the user has no id</source>
        <translation>el usuario no tiene id</translation>
    </message>
    <message>
        <source>No departments found: attach a roster or choose the profile field that holds the department</source>
        <translation>No se encontraron departamentos: adjunte un listado de personal o elija el campo de perfil que contiene el departamento</translation>
    </message>
    <message>
        <source>conversation %1</source>
        <translation>conversación %1</translation>
    </message>
    <message>
        <source>the conversation has no id</source>
        <translation>la conversación no tiene id</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>mensaje %1</translation>
    </message>
    <message>
        <source>message %1 (ts %2)</source>
        <translation>mensaje %1 (ts %2)</translation>
    </message>
    <message>
        <source>the message has no ts</source>
        <translation>el mensaje no tiene ts</translation>
    </message>
    <message>
        <source>ts is not a number</source>
        <translation>ts no es un número</translation>
    </message>
    <message>
        <source>ts is not a time between 1990 and 2100</source>
        <translation>ts no es una hora entre 1990 y 2100</translation>
    </message>
    <message>
        <source>message %1 (ts %2), reaction %3 by %4</source>
        <translation>mensaje %1 (ts %2), reacción %3 de %4</translation>
    </message>
</context>
<context>
    <name>SourcesLoader</name>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Reading the activities and their tone…</source>
        <translation>Leyendo las actividades y su tono…</translation>
    </message>
    <message>
        <source>Working out the leaders&apos; figures…</source>
        <translation>Calculando las cifras de los líderes…</translation>
    </message>
    <message>
        <source>Working out each department&apos;s emotional capital…</source>
        <translation>Calculando el capital emocional de cada departamento…</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>cannot open the database</source>
        <translation>no se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read the database</source>
        <translation>no se puede leer la base de datos</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again (%1)</source>
        <translation>el disco está lleno; libere espacio e inténtelo de nuevo (%1)</translation>
    </message>
    <message>
        <source>another Goodwill window or program is writing to it; try again when it has finished (%1)</source>
        <translation>otra ventana o programa de Goodwill está escribiendo en ella; inténtelo de nuevo cuando termine (%1)</translation>
    </message>
</context>
<context>
    <name>StoreSummary</name>
    <message>
        <source>cannot read activities</source>
        <translation>no se pueden leer las actividades</translation>
    </message>
</context>
<context>
    <name>StoreWriter</name>
    <message>
        <source>cannot write %1 row %2</source>
        <translation>no se puede escribir la fila %2 de %1</translation>
    </message>
    <message>
        <source>%1: there is no %2 row %3</source>
        <translation>%1: no existe la fila %3 de %2</translation>
    </message>
    <message>
        <source>%1: question %2 is not marked handled for person %3</source>
        <translation>%1: la pregunta %2 no está marcada como atendida para la persona %3</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>TeamsExportReader</name>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>«%1» no es una hora ISO 8601</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range (1990 to 2100)</source>
        <translation>«%1» está fuera del intervalo (1990 a 2100)</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>mensaje %1</translation>
    </message>
    <message>
        <source>%1: no .json files of Teams messages</source>
        <translation>%1: no hay archivos .json de mensajes de Teams</translation>
    </message>
    <message>
        <source>invalid JSON (%1)</source>
        <translation>JSON no válido (%1)</translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation>mensaje #%1</translation>
    </message>
    <message>
        <source>%1 holds no Teams messages and was left out</source>
        <translation>%1 no contiene mensajes de Teams y se ha excluido</translation>
    </message>
    <message>
        <source>%1: not Teams messages (a JSON array or a page with &quot;value&quot;)</source>
        <translation>%1: no son mensajes de Teams (una matriz JSON o una página con «value»)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) without messageType are not Teams messages and were left out</source>
        <translation>
            <numerusform>%1: %n registro sin messageType no es un mensaje de Teams y se ha excluido</numerusform>
            <numerusform>%1: %n registros sin messageType no son mensajes de Teams y se han excluido</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams exports carry no titles or departments: attach a roster.</source>
        <translation>Las exportaciones de Teams no incluyen cargos ni departamentos: adjunte un listado de personal.</translation>
    </message>
    <message>
        <source>a message has no id</source>
        <translation>un mensaje no tiene id</translation>
    </message>
    <message>
        <source>createdDateTime: %1</source>
        <translation>createdDateTime: %1</translation>
    </message>
    <message>
        <source>a reaction&apos;s createdDateTime: %1</source>
        <translation>createdDateTime de una reacción: %1</translation>
    </message>
</context>
<context>
    <name>ToneLexicons</name>
    <message>
        <source>Tone lexicon for &apos;%1&apos; not used: %2</source>
        <translation>No se usa el léxico de tono de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>TownHallReport</name>
    <message>
        <source>Change in ECI (points)</source>
        <translation>Cambio del ECI (puntos)</translation>
    </message>
    <message>
        <source>Change in ECI over the period</source>
        <translation>Cambio del ECI en el periodo</translation>
    </message>
    <message>
        <source>Risers and fallers</source>
        <translation>Subidas y bajadas</translation>
    </message>
    <message>
        <source>The data does not reach a whole window of %1 days before the period, so the emotional capital cannot be compared over it.</source>
        <translation>Los datos no abarcan una ventana completa de %1 días antes del periodo, así que no se puede comparar el capital emocional en él.</translation>
    </message>
    <message>
        <source>The emotional-capital index (ECI, 0–100) of each department over the %1 days to %2, against the same over the %1 days to %3. The departments that fell or rose most (by at least %4 point, at most %5 each) and, for each, the pillar that moved most the same way.</source>
        <translation>El índice de capital emocional (ECI, 0–100) de cada departamento en los %1 días hasta el %2, frente al mismo en los %1 días hasta el %3. Los departamentos que más bajaron o subieron (al menos %4 punto, como máximo %5 de cada) y, para cada uno, el pilar que más varió en el mismo sentido.</translation>
    </message>
    <message>
        <source>Open staff questions</source>
        <translation>Preguntas abiertas del personal</translation>
    </message>
    <message>
        <source>No staff question to a leader is waiting for an answer.</source>
        <translation>No hay ninguna pregunta del personal a un líder esperando respuesta.</translation>
    </message>
    <message>
        <source>%1 staff questions to leaders from %2 people are still waiting for an answer. Themes are words shared by questions from at least %3 different people; the examples are the oldest, one per person.</source>
        <translation>%1 preguntas del personal a líderes, de %2 personas, siguen esperando respuesta. Los temas son palabras que comparten preguntas de al menos %3 personas distintas; los ejemplos son los más antiguos, uno por persona.</translation>
    </message>
    <message>
        <source>The questions&apos; text could not be read.</source>
        <translation>No se pudo leer el texto de las preguntas.</translation>
    </message>
    <message>
        <source>No word is shared by questions from enough different people: no theme is shown.</source>
        <translation>Ninguna palabra aparece en preguntas de suficientes personas distintas: no se muestra ningún tema.</translation>
    </message>
    <message>
        <source>“%1”: %2 questions from %3 people</source>
        <translation>«%1»: %2 preguntas de %3 personas</translation>
    </message>
    <message>
        <source> (also: %1)</source>
        <translation> (también: %1)</translation>
    </message>
    <message>
        <source>Town-hall brief</source>
        <translation>Dosier de la reunión general</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Shout-out candidates</source>
        <translation>Candidatos a destacar</translation>
    </message>
    <message>
        <source>From recognitions in public channels (announcement, recognition, social and Q&amp;A channels; work channels can hold private conversations and are left out).</source>
        <translation>A partir de reconocimientos en canales públicos (canales de anuncios, reconocimiento, sociales y de preguntas y respuestas; los canales de trabajo pueden contener conversaciones privadas y se excluyen).</translation>
    </message>
    <message>
        <source>People recognised by at least %1 different people, by name</source>
        <translation>Personas reconocidas por al menos %1 personas distintas, por nombre</translation>
    </message>
    <message>
        <source>Nobody was recognised by at least %1 different people in public channels.</source>
        <translation>Nadie fue reconocido por al menos %1 personas distintas en canales públicos.</translation>
    </message>
    <message>
        <source>Teams, the most recognitions per member first</source>
        <translation>Equipos, primero los de más reconocimientos por miembro</translation>
    </message>
    <message>
        <source>No team was recognised in a public channel.</source>
        <translation>Ningún equipo fue reconocido en un canal público.</translation>
    </message>
    <message>
        <source>Leaders&apos; responsiveness</source>
        <translation>Capacidad de respuesta de los líderes</translation>
    </message>
    <message>
        <source>Staff comments, reply rate (answered within %1 hours) and median time to the first reply are each leader&apos;s figures over the period, from all staff; questions asked and unanswered are the audience&apos;s.</source>
        <translation>Los comentarios del personal, la tasa de respuesta (respondidos en %1 horas) y la mediana del tiempo hasta la primera respuesta son las cifras de cada líder en el periodo, con todo el personal; las preguntas formuladas y sin respuesta son las de la audiencia.</translation>
    </message>
    <message>
        <source>No staff comments reached a leader in this period.</source>
        <translation>Ningún comentario del personal llegó a un líder en este periodo.</translation>
    </message>
    <message>
        <source>The whole organisation, %1 – %2</source>
        <translation>Toda la organización, %1 – %2</translation>
    </message>
</context>
<context>
    <name>TownHallSummary</name>
    <message>
        <source>%1 rose most (%2 points, to %3), led by %4 (%5 points).</source>
        <translation>La mayor subida fue la de %1 (%2 puntos, hasta %3), impulsada por %4 (%5 puntos).</translation>
    </message>
    <message>
        <source>%1 fell most (%2 points, to %3), led by %4 (%5 points).</source>
        <translation>La mayor bajada fue la de %1 (%2 puntos, hasta %3), arrastrada por %4 (%5 puntos).</translation>
    </message>
    <message>
        <source>%1 rose most (%2 points, to %3).</source>
        <translation>La mayor subida fue la de %1 (%2 puntos, hasta %3).</translation>
    </message>
    <message>
        <source>%1 fell most (%2 points, to %3).</source>
        <translation>La mayor bajada fue la de %1 (%2 puntos, hasta %3).</translation>
    </message>
    <message>
        <source>Also rising: %1.</source>
        <translation>También suben: %1.</translation>
    </message>
    <message>
        <source>Also falling: %1.</source>
        <translation>También bajan: %1.</translation>
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
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Staff member (%1)</source>
        <translation>Empleado (%1)</translation>
    </message>
    <message>
        <source>From %1 to %2, the emotional capital (ECI) of %3 went from %4 to %5 (%6 points).</source>
        <translation>Del %1 al %2, el capital emocional (ECI) de %3 pasó de %4 a %5 (%6 puntos).</translation>
    </message>
    <message>
        <source>The data does not reach far enough before %1 to compare the emotional capital over the period.</source>
        <translation>Los datos no llegan lo bastante atrás antes del %1 para comparar el capital emocional en el periodo.</translation>
    </message>
    <message>
        <source>No department&apos;s ECI rose or fell by a point or more.</source>
        <translation>El ECI de ningún departamento subió ni bajó un punto o más.</translation>
    </message>
    <message>
        <source>Among the staff questions still waiting for a leader&apos;s answer, the most common theme is “%1”: %2 questions from %3 people.</source>
        <translation>Entre las preguntas del personal que siguen esperando la respuesta de un líder, el tema más frecuente es «%1»: %2 preguntas de %3 personas.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Other themes: %1.</source>
        <translation>Otros temas: %1.</translation>
    </message>
    <message>
        <source>No staff question to a leader is waiting for an answer.</source>
        <translation>No hay ninguna pregunta del personal a un líder esperando respuesta.</translation>
    </message>
    <message>
        <source>The staff questions waiting for an answer share no theme with enough different askers to be shown.</source>
        <translation>Las preguntas del personal que esperan respuesta no comparten ningún tema con suficientes personas distintas como para mostrarlo.</translation>
    </message>
    <message>
        <source>%1 has the most unanswered staff questions (%2) and a reply rate of %3.</source>
        <translation>%1 acumula más preguntas del personal sin respuesta (%2), con una tasa de respuesta del %3.</translation>
    </message>
    <message>
        <source>%1 has the most unanswered staff questions (%2).</source>
        <translation>%1 acumula más preguntas del personal sin respuesta (%2).</translation>
    </message>
    <message>
        <source>%1 answered staff fastest, with a median of %2 to the first reply.</source>
        <translation>%1 fue quien respondió más rápido al personal, con una mediana de %2 hasta la primera respuesta.</translation>
    </message>
    <message>
        <source>No staff comments reached a leader in this period.</source>
        <translation>Ningún comentario del personal llegó a un líder en este periodo.</translation>
    </message>
    <message>
        <source>%1 received the most public recognitions per member (%2).</source>
        <translation>%1 recibió más reconocimientos públicos por miembro (%2).</translation>
    </message>
    <message>
        <source>Shout-out candidates, each recognised in public channels by at least two people, come from %1.</source>
        <translation>Los candidatos a destacar, reconocidos cada uno en canales públicos por al menos dos personas, proceden de %1.</translation>
    </message>
    <message>
        <source>Shout-out candidates, each recognised in public channels by at least two people: %1.</source>
        <translation>Candidatos a destacar, reconocidos cada uno en canales públicos por al menos dos personas: %1.</translation>
    </message>
    <message>
        <source>Nobody was recognised in a public channel in this period.</source>
        <translation>Nadie fue reconocido en un canal público en este periodo.</translation>
    </message>
    <message>
        <source>authenticity</source>
        <comment>a pillar, inside a sentence</comment>
        <translation>la autenticidad</translation>
    </message>
    <message>
        <source>pride</source>
        <comment>a pillar, inside a sentence</comment>
        <translation>el orgullo</translation>
    </message>
    <message>
        <source>attachment</source>
        <comment>a pillar, inside a sentence</comment>
        <translation>el vínculo</translation>
    </message>
    <message>
        <source>fun</source>
        <comment>a pillar, inside a sentence</comment>
        <translation>la diversión</translation>
    </message>
    <message>
        <source>Not compared, and left out of the totals on the days they are hidden, to protect privacy (fewer than %1 staff on one of the two days): %2.</source>
        <translation>No comparados, y excluidos de los totales los días en que están ocultos, para proteger la privacidad (menos de %1 empleados en uno de los dos días): %2.</translation>
    </message>
    <message numerus="yes">
        <source>The tone in the ECI of the whole audience leaves out %1 (fewer than %n authors).</source>
        <translation>
            <numerusform>El tono en el ECI de toda la audiencia excluye %1 (menos de %n autor).</numerusform>
            <numerusform>El tono en el ECI de toda la audiencia excluye %1 (menos de %n autores).</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2, the emotional capital (ECI) of the organisation went from %3 to %4 (%5 points).</source>
        <translation>Del %1 al %2, el capital emocional (ECI) de la organización pasó de %3 a %4 (%5 puntos).</translation>
    </message>
</context>
<context>
    <name>WidgetExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Made with Goodwill</source>
        <translation>Hecho con Goodwill</translation>
    </message>
    <message>
        <source>Cannot write %1: only .png and .svg are supported</source>
        <translation>No se puede escribir %1: solo se admiten .png y .svg</translation>
    </message>
    <message>
        <source>PNG encoding failed</source>
        <translation>Falló la codificación PNG</translation>
    </message>
</context>
<context>
    <name>goodwill::items::AlertsModel</name>
    <message>
        <source>%1: %2. Open it to see the signals behind it.</source>
        <translation>%1: %2. Ábrala para ver las señales que hay detrás.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>goodwill::items::BestPostsModel</name>
    <message>
        <source>Staff replies in the post&apos;s thread.</source>
        <translation>Respuestas del personal en el hilo de la publicación.</translation>
    </message>
    <message>
        <source>Staff reactions in the post&apos;s thread.</source>
        <translation>Reacciones del personal en el hilo de la publicación.</translation>
    </message>
    <message>
        <source>Distinct staff who replied or reacted in the post&apos;s thread.</source>
        <translation>Empleados distintos que respondieron o reaccionaron en el hilo de la publicación.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden: %n distinct staff replied, fewer than %1 (tone is shown only when at least %1 people wrote the text it is read from).</source>
        <translation>
            <numerusform>Oculto: respondió %n empleado, menos de %1 (el tono solo se muestra cuando al menos %1 personas escribieron el texto del que se lee).</numerusform>
            <numerusform>Oculto: respondieron %n empleados distintos, menos de %1 (el tono solo se muestra cuando al menos %1 personas escribieron el texto del que se lee).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean tone of the %n staff replies, from -1 (negative) to 1 (positive), written by %1 distinct staff.</source>
        <translation>
            <numerusform>Tono medio de la %n respuesta del personal, de -1 (negativo) a 1 (positivo), escrita por %1 empleados distintos.</numerusform>
            <numerusform>Tono medio de las %n respuestas del personal, de -1 (negativo) a 1 (positivo), escritas por %1 empleados distintos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Tone of replies</source>
        <translation>Tono de las respuestas</translation>
    </message>
    <message>
        <source>When you posted it (local time).</source>
        <translation>Cuándo la publicó (hora local).</translation>
    </message>
    <message>
        <source>Where you posted it.</source>
        <translation>Dónde la publicó.</translation>
    </message>
    <message>
        <source>The start of the post; the tooltip shows all of it.</source>
        <translation>El comienzo de la publicación; el texto emergente la muestra completa.</translation>
    </message>
    <message>
        <source>Staff replies in the thread, up to the end of the data.</source>
        <translation>Respuestas del personal en el hilo, hasta el final de los datos.</translation>
    </message>
    <message>
        <source>Staff reactions in the thread, up to the end of the data.</source>
        <translation>Reacciones del personal en el hilo, hasta el final de los datos.</translation>
    </message>
    <message>
        <source>Distinct staff who replied or reacted.</source>
        <translation>Empleados distintos que respondieron o reaccionaron.</translation>
    </message>
    <message>
        <source>Mean tone of the staff replies (-1 to 1); hidden unless at least %1 distinct staff wrote them.</source>
        <translation>Tono medio de las respuestas del personal (-1 a 1); oculto salvo que las escribieran al menos %1 empleados distintos.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::BlindSpotModel</name>
    <message>
        <source>No leader recognised anyone in %1 from %2 to %3</source>
        <translation>Ningún líder reconoció a nadie de %1 del %2 al %3</translation>
    </message>
    <message>
        <source>Staff in %1 on %2</source>
        <translation>Plantilla de %1 el %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>The last day before the period on which a leader recognised someone in %1</source>
        <translation>El último día antes del periodo en que un líder reconoció a alguien de %1</translation>
    </message>
    <message>
        <source>No leader recognised anyone in %1 in all the data before the period</source>
        <translation>Ningún líder reconoció a nadie de %1 en todos los datos anteriores al periodo</translation>
    </message>
    <message>
        <source>Days from the last leader recognition to %1</source>
        <translation>Días desde el último reconocimiento de un líder hasta el %1</translation>
    </message>
    <message>
        <source>No leader recognition in the data</source>
        <translation>Ningún reconocimiento de líder en los datos</translation>
    </message>
    <message>
        <source>Recognitions people in %1 received from colleagues who are not leaders, %2 to %3 (one per person recognised)</source>
        <translation>Reconocimientos que recibieron las personas de %1 de compañeros que no son líderes, del %2 al %3 (uno por persona reconocida)</translation>
    </message>
    <message>
        <source>A department no leader recognised in the period</source>
        <translation>Un departamento que ningún líder reconoció en el periodo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Staff on the period&apos;s last day</source>
        <translation>Plantilla el último día del periodo</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>When a leader last recognised someone in it</source>
        <translation>Cuándo reconoció un líder por última vez a alguien en él</translation>
    </message>
    <message>
        <source>Last by a leader</source>
        <translation>Último de un líder</translation>
    </message>
    <message>
        <source>Days since then, to the period&apos;s last day</source>
        <translation>Días desde entonces hasta el último día del periodo</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Días desde</translation>
    </message>
    <message>
        <source>Recognitions from colleagues in the period</source>
        <translation>Reconocimientos de compañeros en el periodo</translation>
    </message>
    <message>
        <source>From colleagues</source>
        <translation>De compañeros</translation>
    </message>
</context>
<context>
    <name>goodwill::items::CapitalHeatmapModel</name>
    <message>
        <source>%1: %2 staff on %3</source>
        <translation>%1: %2 empleados el %3</translation>
    </message>
    <message>
        <source>%1 on %2: no ECI. %3</source>
        <translation>%1 el %2: sin ECI. %3</translation>
    </message>
    <message>
        <source>%1 on %2: ECI %3 (80% band %4)</source>
        <translation>%1 el %2: ECI %3 (banda del 80&#xa0;%: %4)</translation>
    </message>
    <message>
        <source>, %1 staff</source>
        <translation>, %1 empleados</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see how it was computed.</source>
        <translation>Haga doble clic o pulse Intro para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>sin valor</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>ECI at the period end, %1</source>
        <translation>ECI al final del periodo, %1</translation>
    </message>
</context>
<context>
    <name>goodwill::items::CapitalMoversModel</name>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>ECI before</source>
        <translation>ECI antes</translation>
    </message>
    <message>
        <source>ECI after</source>
        <translation>ECI después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Pillar that moved</source>
        <translation>Pilar que varió</translation>
    </message>
    <message>
        <source>Pillar change</source>
        <translation>Cambio del pilar</translation>
    </message>
    <message>
        <source>The whole audience first, then the departments whose ECI fell most, then those whose ECI rose most (at most %1 each, by at least %2 point)</source>
        <translation>Primero toda la audiencia, luego los departamentos cuyo ECI más bajó y después aquellos cuyo ECI más subió (como máximo %1 de cada, con al menos %2 punto)</translation>
    </message>
    <message>
        <source>Whether the ECI rose or fell over the period</source>
        <translation>Si el ECI subió o bajó en el periodo</translation>
    </message>
    <message>
        <source>The ECI (0–100) over the window ending on the day before the period (or the first period end with a whole window of data)</source>
        <translation>El ECI (0–100) en la ventana que termina el día anterior al periodo (o el primer cierre de periodo con una ventana completa de datos)</translation>
    </message>
    <message>
        <source>The ECI (0–100) over the window ending on the period&apos;s last day</source>
        <translation>El ECI (0–100) en la ventana que termina el último día del periodo</translation>
    </message>
    <message>
        <source>ECI after minus ECI before, in points</source>
        <translation>ECI después menos ECI antes, en puntos</translation>
    </message>
    <message>
        <source>Of the four pillars, the one whose score moved most in the same direction as the ECI</source>
        <translation>De los cuatro pilares, aquel cuya puntuación más varió en el mismo sentido que el ECI</translation>
    </message>
    <message>
        <source>That pillar&apos;s score after minus before, in points</source>
        <translation>La puntuación de ese pilar después menos antes, en puntos</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Over the %1 days to %2.</source>
        <translation>En los %1 días hasta el %2.</translation>
    </message>
    <message>
        <source>Rose</source>
        <translation>Subió</translation>
    </message>
    <message>
        <source>Fell</source>
        <translation>Bajó</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Estable</translation>
    </message>
    <message>
        <source>Everyone in %1</source>
        <translation>Todos en %1</translation>
    </message>
    <message>
        <source>ECI of %1 on %2: %3. %4 Double-click to see how it was computed.</source>
        <translation>ECI de %1 el %2: %3. %4 Haga doble clic para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>%1 points: %2 on %3 against %4 on %5</source>
        <translation>%1 puntos: %2 el %3 frente a %4 el %5</translation>
    </message>
    <message>
        <source>No pillar moved in the same direction as the ECI</source>
        <translation>Ningún pilar varió en el mismo sentido que el ECI</translation>
    </message>
    <message>
        <source>%1: %2 on %3 against %4 on %5</source>
        <translation>%1: %2 el %3 frente a %4 el %5</translation>
    </message>
    <message>
        <source>Everyone in the organisation</source>
        <translation>Todos en la organización</translation>
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
        <translation>Periodo que termina el %1</translation>
    </message>
    <message>
        <source>%1 on %2: no %3. %4</source>
        <translation>%1 el %2: sin %3. %4</translation>
    </message>
    <message>
        <source>%1, %2 on %3: %4</source>
        <translation>%1, %2 el %3: %4</translation>
    </message>
    <message>
        <source> (80% band %1)</source>
        <translation> (banda del 80&#xa0;%: %1)</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <source>%1 (80% low)</source>
        <translation>%1 (80&#xa0;% inferior)</translation>
    </message>
    <message>
        <source>%1 (80% high)</source>
        <translation>%1 (80&#xa0;% superior)</translation>
    </message>
    <message>
        <source>%1 of %2 at each period end, 0–100</source>
        <translation>%1 de %2 en cada cierre de periodo, 0–100</translation>
    </message>
</context>
<context>
    <name>goodwill::items::ChannelsModel</name>
    <message>
        <source>The kind stored when %1 was imported (the platform&apos;s, or the name rules&apos; at the time)</source>
        <translation>El tipo guardado cuando se importó %1 (el de la plataforma, o el de las reglas de nombre de entonces)</translation>
    </message>
    <message>
        <source>The kind the name rules of the current model give &apos;%1&apos;</source>
        <translation>El tipo que dan a «%1» las reglas de nombre del modelo actual</translation>
    </message>
    <message>
        <source>The kind every figure counts %1 as: the override, else the stored kind</source>
        <translation>El tipo con el que todas las cifras cuentan %1: el ajuste manual o, si no lo hay, el tipo guardado</translation>
    </message>
    <message>
        <source>Double-click to set what %1 is for, whatever its name says</source>
        <translation>Haga doble clic para fijar para qué sirve %1, diga lo que diga su nombre</translation>
    </message>
    <message>
        <source>No override</source>
        <translation>Sin ajuste</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Imported kind</source>
        <translation>Tipo importado</translation>
    </message>
    <message>
        <source>Kind by name</source>
        <translation>Tipo por nombre</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Ajuste manual</translation>
    </message>
    <message>
        <source>Effective kind</source>
        <translation>Tipo efectivo</translation>
    </message>
</context>
<context>
    <name>goodwill::items::DepartmentReachModel</name>
    <message>
        <source>Not recognised</source>
        <translation>No reconocido</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <source>Fewer than %1 staff</source>
        <translation>Menos de %1 empleados</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 has fewer than %2 staff: its size and reach are hidden so that no figure describes fewer than %2 people.</source>
        <translation>%1 tiene menos de %2 empleados: su tamaño y alcance están ocultos para que ninguna cifra describa a menos de %2 personas.</translation>
    </message>
    <message>
        <source>%1: the leader reached %2% of its staff (%3), who replied or reacted to the leader&apos;s posts, %4 (staff on the last day)</source>
        <translation>%1: el líder llegó al %2&#xa0;% de su plantilla (%3), que respondió o reaccionó a sus publicaciones, %4 (plantilla el último día)</translation>
    </message>
    <message>
        <source>%1: %2 staff on %3</source>
        <translation>%1: %2 empleados el %3</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions naming someone in %1, %2 (one per message)</source>
        <translation>Los reconocimientos del líder que nombran a alguien de %1, %2 (uno por mensaje)</translation>
    </message>
    <message>
        <source>Distinct people of %1 (on the day) the leader recognised, %2</source>
        <translation>Personas distintas de %1 (ese día) que reconoció el líder, %2</translation>
    </message>
    <message>
        <source>The leader recognised someone in %1, %2.</source>
        <translation>El líder reconoció a alguien de %1, %2.</translation>
    </message>
    <message>
        <source>A blind spot: the leader recognised no one in %1, %2.</source>
        <translation>Un punto ciego: el líder no reconoció a nadie de %1, %2.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Reach (%)</source>
        <translation>Alcance (%)</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Personas reconocidas</translation>
    </message>
    <message>
        <source>Recognised?</source>
        <translation>¿Reconocido?</translation>
    </message>
    <message>
        <source>Departments with staff on the period&apos;s last day, or recognised by the leader.</source>
        <translation>Departamentos con plantilla el último día del periodo, o reconocidos por el líder.</translation>
    </message>
    <message>
        <source>Of the department&apos;s staff on the last day, the share who replied or reacted to the leader&apos;s posts in the period (hidden under %1 staff).</source>
        <translation>De la plantilla del departamento el último día, el porcentaje que respondió o reaccionó a las publicaciones del líder en el periodo (oculto con menos de %1 empleados).</translation>
    </message>
    <message>
        <source>Staff on the period&apos;s last day (hidden under %1).</source>
        <translation>Plantilla el último día del periodo (oculta con menos de %1).</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions naming someone of the department on the day.</source>
        <translation>Los reconocimientos del líder que nombran a alguien del departamento ese día.</translation>
    </message>
    <message>
        <source>Distinct people of the department the leader recognised.</source>
        <translation>Personas distintas del departamento que reconoció el líder.</translation>
    </message>
    <message>
        <source>Whether the leader recognised anyone in the department in the period.</source>
        <translation>Si el líder reconoció a alguien del departamento en el periodo.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::DepartmentSummaryModel</name>
    <message>
        <source>%1: %2 staff on %3</source>
        <translation>%1: %2 empleados el %3</translation>
    </message>
    <message>
        <source>%1: no ECI on %2. %3</source>
        <translation>%1: sin ECI el %2. %3</translation>
    </message>
    <message>
        <source>%1: emotional-capital index %2 on %3 (80% band %4), 0–100.</source>
        <translation>%1: índice de capital emocional %2 el %3 (banda del 80&#xa0;%: %4), 0–100.</translation>
    </message>
    <message>
        <source>%1: no change to show (the ECI is missing now or at the previous period end)</source>
        <translation>%1: no hay cambio que mostrar (falta el ECI ahora o en el cierre del periodo anterior)</translation>
    </message>
    <message>
        <source>%1: ECI %2 on %3, %4 on %5: %6 points</source>
        <translation>%1: ECI %2 el %3, %4 el %5: %6 puntos</translation>
    </message>
    <message>
        <source>%1: no year-over-year change (the data does not reach a full window a year before %2, or the ECI is missing then)</source>
        <translation>%1: sin cambio interanual (los datos no abarcan una ventana completa un año antes del %2, o entonces falta el ECI)</translation>
    </message>
    <message>
        <source>%1: the ECI on %2 minus the ECI a year before: %3 points</source>
        <translation>%1: el ECI del %2 menos el ECI de un año antes: %3 puntos</translation>
    </message>
    <message>
        <source>%1: no %2 score on %3 (every signal of it missing or thin)</source>
        <translation>%1: sin puntuación de %2 el %3 (todas sus señales faltan o son escasas)</translation>
    </message>
    <message>
        <source>%1: %2 %3 on %4 (80% band %5), 0–100.</source>
        <translation>%1: %2 %3 el %4 (banda del 80&#xa0;%: %5), 0–100.</translation>
    </message>
    <message>
        <source>%1: no alerts in the period</source>
        <translation>%1: sin alertas en el periodo</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>ECI</source>
        <translation>ECI</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Year over year</source>
        <translation>Interanual</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>The department, in its colour on every chart</source>
        <translation>El departamento, con su color en todos los gráficos</translation>
    </message>
    <message>
        <source>Staff in the department on the last day</source>
        <translation>Plantilla del departamento el último día</translation>
    </message>
    <message>
        <source>Emotional-capital index on the last day, 0–100, over the trailing window</source>
        <translation>Índice de capital emocional el último día, 0–100, en la ventana móvil</translation>
    </message>
    <message>
        <source>ECI points gained or lost since the previous period end</source>
        <translation>Puntos de ECI ganados o perdidos desde el cierre del periodo anterior</translation>
    </message>
    <message>
        <source>ECI points gained or lost against the same day a year before</source>
        <translation>Puntos de ECI ganados o perdidos frente al mismo día un año antes</translation>
    </message>
    <message>
        <source>The ECI at each period end</source>
        <translation>El ECI en cada cierre de periodo</translation>
    </message>
    <message>
        <source>Falls of the ECI or of a pillar in the period</source>
        <translation>Bajadas del ECI o de un pilar en el periodo</translation>
    </message>
    <message>
        <source>%1 pillar score on the last day, 0–100</source>
        <translation>Puntuación del pilar %1 el último día, 0–100</translation>
    </message>
</context>
<context>
    <name>goodwill::items::DepartmentsListModel</name>
    <message>
        <source>Staff whose roster stint puts them in %1 today (leaders, bots and guests not counted)</source>
        <translation>Personal que, según el listado de personal, está hoy en %1 (no se cuentan líderes, bots ni invitados)</translation>
    </message>
    <message>
        <source>Leaders in %1 today</source>
        <translation>Líderes en %1 hoy</translation>
    </message>
    <message>
        <source>Everyone the roster ever placed in %1, whatever their role</source>
        <translation>Todas las personas que el listado de personal situó alguna vez en %1, sea cual sea su rol</translation>
    </message>
    <message>
        <source>Double-click to list the people of %1</source>
        <translation>Haga doble clic para listar las personas de %1</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Staff today</source>
        <translation>Plantilla hoy</translation>
    </message>
    <message>
        <source>Leaders today</source>
        <translation>Líderes hoy</translation>
    </message>
    <message>
        <source>People, all time</source>
        <translation>Personas (histórico)</translation>
    </message>
</context>
<context>
    <name>goodwill::items::EngagementQuestionsModel</name>
    <message>
        <source>You marked this question handled on %1; it is left out of your open questions and nudges. Undo or “Mark not handled” brings it back.</source>
        <translation>Marcó esta pregunta como atendida el %1; queda fuera de sus preguntas abiertas y sugerencias. «Deshacer» o «Marcar como no atendida» la recupera.</translation>
    </message>
    <message>
        <source>Open: not marked handled.</source>
        <translation>Abierta: no marcada como atendida.</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Atendida</translation>
    </message>
    <message>
        <source>When you marked the question handled (answered elsewhere, or nothing to answer); empty while it is open.</source>
        <translation>Cuándo marcó la pregunta como atendida (respondida en otro lugar, o nada que responder); vacío mientras está abierta.</translation>
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
        <translation>ninguno</translation>
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
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>How it is used</source>
        <translation>Cómo se usa</translation>
    </message>
</context>
<context>
    <name>goodwill::items::EvidenceMessagesModel</name>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Counts towards the figure&apos;s numerator</source>
        <translation>Cuenta para el numerador del indicador</translation>
    </message>
    <message>
        <source>Listed, but not counted in the numerator</source>
        <translation>Listado, pero no cuenta en el numerador</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>goodwill::items::ImportRunsModel</name>
    <message>
        <source>did not finish</source>
        <translation>no terminó</translation>
    </message>
    <message>
        <source>Input records this run left out (already imported, bots, system messages ...); the report says why</source>
        <translation>Registros de entrada que esta importación excluyó (ya importados, bots, mensajes del sistema...); el informe explica por qué</translation>
    </message>
    <message>
        <source>What this run added to the database</source>
        <translation>Lo que esta importación añadió a la base de datos</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <source>New channels</source>
        <translation>Canales nuevos</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
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
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>The last day of each week, month or quarter (the filter&apos;s granularity).</source>
        <translation>El último día de cada semana, mes o trimestre (la granularidad del filtro).</translation>
    </message>
    <message>
        <source>The leader&apos;s posts in the period.</source>
        <translation>Las publicaciones del líder en el periodo.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies in the period.</source>
        <translation>Las respuestas del líder en el periodo.</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions in the period.</source>
        <translation>Los reconocimientos del líder en el periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln post(s)</source>
        <translation>
            <numerusform>%1: %Ln publicación</numerusform>
            <numerusform>%1: %Ln publicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln reply(ies)</source>
        <translation>
            <numerusform>%1: %Ln respuesta</numerusform>
            <numerusform>%1: %Ln respuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln recognition(s)</source>
        <translation>
            <numerusform>%1: %Ln reconocimiento</numerusform>
            <numerusform>%1: %Ln reconocimientos</numerusform>
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
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1, %2: lower is better.</source>
        <translation>%1, %2: cuanto más bajo, mejor.</translation>
    </message>
    <message>
        <source>%1, %2: higher is better.</source>
        <translation>%1, %2: cuanto más alto, mejor.</translation>
    </message>
    <message>
        <source>Nothing to measure for you in %1: no percentile.</source>
        <translation>Nada que medir para usted en %1: sin percentil.</translation>
    </message>
    <message>
        <source>You have no value for this figure in the period.</source>
        <translation>No tiene valor para este indicador en el periodo.</translation>
    </message>
    <message>
        <source>Fewer than two leaders have a value: there is no one to compare with.</source>
        <translation>Menos de dos líderes tienen valor: no hay con quién comparar.</translation>
    </message>
    <message>
        <source>Leaders with a value for this figure in the period, you included. Only your own place is shown, never a ranking of names.</source>
        <translation>Líderes con valor para este indicador en el periodo, usted incluido. Solo se muestra su propia posición, nunca una clasificación con nombres.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Percentil</translation>
    </message>
    <message>
        <source>Leaders compared</source>
        <translation>Líderes comparados</translation>
    </message>
    <message>
        <source>A leader figure of the period (docs/model.md section 3).</source>
        <translation>Un indicador de líder del periodo (sección 3 de docs/model.md).</translation>
    </message>
    <message>
        <source>Your value over the period.</source>
        <translation>Su valor en el periodo.</translation>
    </message>
    <message>
        <source>Your place among leaders, 0 to 100: the share of leaders you do better than, counting ties as half. 50 is the middle.</source>
        <translation>Su posición entre los líderes, de 0 a 100: el porcentaje de líderes a los que supera, contando los empates como la mitad. 50 es la mitad.</translation>
    </message>
    <message>
        <source>How many leaders have a value for the figure, you included.</source>
        <translation>Cuántos líderes tienen valor para el indicador, usted incluido.</translation>
    </message>
    <message>
        <source>%1, yours, %2. Double-click to see how it was computed.</source>
        <translation>%1, su valor, %2. Haga doble clic para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>%3: of %1 leaders with a value, %2 have a higher one than you and %4 the same (you included): 100 × (%2 + %4 / 2) / %1 = %5.</source>
        <translation>%3: de %1 líderes con valor, %2 tienen uno más alto que usted y %4 el mismo (usted incluido): 100 × (%2 + %4 / 2) / %1 = %5.</translation>
    </message>
    <message>
        <source>%3: of %1 leaders with a value, %2 have a lower one than you and %4 the same (you included): 100 × (%2 + %4 / 2) / %1 = %5.</source>
        <translation>%3: de %1 líderes con valor, %2 tienen uno más bajo que usted y %4 el mismo (usted incluido): 100 × (%2 + %4 / 2) / %1 = %5.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::LeaderResponseTrendModel</name>
    <message>
        <source>%1: no staff comments to the leader, nothing to rate.</source>
        <translation>%1: sin comentarios del personal al líder, nada que evaluar.</translation>
    </message>
    <message>
        <source>%1: reply rate %2% (%3 of %4 staff comments answered in the thread within %5 h)</source>
        <translation>%1: tasa de respuesta %2&#xa0;% (%3 de %4 comentarios del personal respondidos en el hilo en %5 h)</translation>
    </message>
    <message>
        <source>%1: no staff comment answered, no time to measure.</source>
        <translation>%1: ningún comentario del personal respondido, ningún tiempo que medir.</translation>
    </message>
    <message>
        <source>%1: median %2 h from a staff comment to the leader&apos;s first later reply in the thread (comments answered at all)</source>
        <translation>%1: mediana de %2 h desde un comentario del personal hasta la primera respuesta posterior del líder en el hilo (comentarios respondidos)</translation>
    </message>
    <message>
        <source>Period ending</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <source>Reply rate (%)</source>
        <translation>Tasa de respuesta (%)</translation>
    </message>
    <message>
        <source>Median first reply (h)</source>
        <translation>Mediana 1.ª respuesta (h)</translation>
    </message>
    <message>
        <source>The last day of each week, month or quarter (the filter&apos;s granularity).</source>
        <translation>El último día de cada semana, mes o trimestre (la granularidad del filtro).</translation>
    </message>
    <message>
        <source>Share of the period&apos;s staff comments to the leader followed by the leader&apos;s reply in the thread within %1 h.</source>
        <translation>Porcentaje de los comentarios del personal al líder en el periodo con respuesta del líder en el hilo en %1 h.</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to the leader&apos;s first later reply in the thread, over the period&apos;s comments answered at all.</source>
        <translation>Mediana de horas desde un comentario del personal hasta la primera respuesta posterior del líder en el hilo, entre los comentarios del periodo respondidos.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::LeaderResponsivenessModel</name>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Staff comments</source>
        <translation>Comentarios del personal</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Median first reply</source>
        <translation>Mediana 1.ª respuesta</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Preguntas formuladas</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Leaders the audience wrote to or who lead part of it; the most unanswered questions first</source>
        <translation>Líderes a los que escribió la audiencia o que dirigen parte de ella; primero los de más preguntas sin respuesta</translation>
    </message>
    <message>
        <source>The leader&apos;s department on the period&apos;s last day</source>
        <translation>El departamento del líder el último día del periodo</translation>
    </message>
    <message>
        <source>Staff replies in the leader&apos;s threads and staff messages naming the leader, from all staff, in the period</source>
        <translation>Respuestas del personal en los hilos del líder y mensajes del personal que nombran al líder, de todo el personal, en el periodo</translation>
    </message>
    <message>
        <source>Share of those staff comments the leader answered in the thread within %1 hours</source>
        <translation>Porcentaje de esos comentarios del personal que el líder respondió en el hilo en %1 horas</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to the leader&apos;s first later reply in the thread, over the comments answered at all</source>
        <translation>Mediana de horas desde un comentario del personal hasta la primera respuesta posterior del líder en el hilo, entre los comentarios respondidos</translation>
    </message>
    <message>
        <source>Staff questions from the audience to the leader in the period (on the leader&apos;s threads or naming them)</source>
        <translation>Preguntas del personal de la audiencia al líder en el periodo (en los hilos del líder o que le nombran)</translation>
    </message>
    <message>
        <source>Of those questions, the ones the leader has not replied to in the thread, up to the end of the data</source>
        <translation>De esas preguntas, las que el líder no ha respondido en el hilo, hasta el final de los datos</translation>
    </message>
    <message>
        <source>%1 answered %2 of the staff comments within the reply window. Double-click to see them.</source>
        <translation>%1 respondió el %2 de los comentarios del personal dentro del plazo de respuesta. Haga doble clic para verlos.</translation>
    </message>
    <message>
        <source>No staff comments to rate in the period</source>
        <translation>Sin comentarios del personal que evaluar en el periodo</translation>
    </message>
    <message>
        <source>No staff comment was answered: no time to measure</source>
        <translation>Ningún comentario del personal fue respondido: ningún tiempo que medir</translation>
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
        <translation>El líder (rol efectivo de líder: ajuste manual, listado de personal o cargo).</translation>
    </message>
    <message>
        <source>The leader&apos;s e-mail address.</source>
        <translation>El correo electrónico del líder.</translation>
    </message>
    <message>
        <source>The leader&apos;s department on the period&apos;s last day.</source>
        <translation>El departamento del líder el último día del periodo.</translation>
    </message>
    <message>
        <source>Observer: fewer than 2 posts and replies per 4 weeks; else Broadcaster: conversation ratio under 0.25; else Responder: over 0.75; else Catalyst: staff responses per post at least twice the leaders&apos; median, ratio at most 0.5; else Engager.</source>
        <translation>Observador: menos de 2 publicaciones y respuestas cada 4 semanas; si no, Difusor: ratio de conversación inferior a 0,25; si no, Respondedor: superior a 0,75; si no, Catalizador: interacciones del personal por publicación de al menos el doble de la mediana de los líderes, ratio como máximo 0,5; si no, Dinamizador.</translation>
    </message>
    <message>
        <source>The leader&apos;s posts.</source>
        <translation>Las publicaciones del líder.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies.</source>
        <translation>Las respuestas del líder.</translation>
    </message>
    <message>
        <source>The leader&apos;s replies to a message by a staff member.</source>
        <translation>Las respuestas del líder a un mensaje de un empleado.</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions: thanks or praise naming someone (a recognition message, a recognition channel, or a recognition phrase next to a mention).</source>
        <translation>Los reconocimientos del líder: agradecimientos o elogios que nombran a alguien (un mensaje de reconocimiento, un canal de reconocimiento o una frase de reconocimiento junto a una mención).</translation>
    </message>
    <message>
        <source>Distinct people the leader recognised.</source>
        <translation>Personas distintas que reconoció el líder.</translation>
    </message>
    <message>
        <source>Distinct departments of the people recognised, on the day.</source>
        <translation>Departamentos distintos de las personas reconocidas, ese día.</translation>
    </message>
    <message>
        <source>Staff replies in threads the leader started, plus staff posts and replies that mention the leader; each message once.</source>
        <translation>Respuestas del personal en hilos que inició el líder, más publicaciones y respuestas del personal que mencionan al líder; cada mensaje una vez.</translation>
    </message>
    <message>
        <source>Staff comments followed by a reply of the leader in the same thread within %1 h.</source>
        <translation>Comentarios del personal con respuesta del líder en el mismo hilo en %1 h.</translation>
    </message>
    <message>
        <source>Answered comments / staff comments: the share followed by the leader&apos;s reply in the thread within %1 h.</source>
        <translation>Comentarios respondidos / comentarios del personal: el porcentaje con respuesta del líder en el hilo en %1 h.</translation>
    </message>
    <message>
        <source>Staff comments that are questions (a question mark, or a post in a Q&amp;A channel).</source>
        <translation>Comentarios del personal que son preguntas (un signo de interrogación, o una publicación en un canal de preguntas y respuestas).</translation>
    </message>
    <message>
        <source>Staff questions followed by the leader&apos;s reply in the thread within %1 h.</source>
        <translation>Preguntas del personal con respuesta del líder en el hilo en %1 h.</translation>
    </message>
    <message>
        <source>Answered questions / staff questions.</source>
        <translation>Preguntas respondidas / preguntas del personal.</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to the leader&apos;s first later reply in the thread, over the comments answered at all.</source>
        <translation>Mediana de horas desde un comentario del personal hasta la primera respuesta posterior del líder en el hilo, entre los comentarios respondidos.</translation>
    </message>
    <message>
        <source>Distinct staff who replied or reacted to the leader&apos;s posts.</source>
        <translation>Empleados distintos que respondieron o reaccionaron a las publicaciones del líder.</translation>
    </message>
    <message>
        <source>Staff replies and reactions on the leader&apos;s posts.</source>
        <translation>Respuestas y reacciones del personal a las publicaciones del líder.</translation>
    </message>
    <message>
        <source>Replies / (posts + replies).</source>
        <translation>Respuestas / (publicaciones + respuestas).</translation>
    </message>
    <message>
        <source>Share of the seven-day blocks from the period&apos;s first day with a post, reply or recognition of the leader.</source>
        <translation>Porcentaje de bloques de siete días desde el primer día del periodo con una publicación, respuesta o reconocimiento del líder.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3): %4</translation>
    </message>
    <message>
        <source>No staff comment was answered: no time to measure.</source>
        <translation>Ningún comentario del personal fue respondido: ningún tiempo que medir.</translation>
    </message>
    <message>
        <source>No posts or replies: no ratio.</source>
        <translation>Sin publicaciones ni respuestas: sin ratio.</translation>
    </message>
    <message>
        <source>Nothing to rate in the period.</source>
        <translation>Nada que evaluar en el periodo.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::MonthlyActivityModel</name>
    <message>
        <source>%1: %2 posts, %3 replies, %4 reactions, %5 recognitions</source>
        <translation>%1: %2 publicaciones, %3 respuestas, %4 reacciones, %5 reconocimientos</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
</context>
<context>
    <name>goodwill::items::NotRecognisedDepartmentsModel</name>
    <message>
        <source>You recognised no one in %1 in the %2 days to %3. Double-click for its leader recognition share (P2) on %3.</source>
        <translation>No reconoció a nadie de %1 en los %2 días hasta el %3. Haga doble clic para ver su porcentaje reconocido por líderes (P2) el %3.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Your latest recognition naming someone in %1 (in the channels and sources of the filter).</source>
        <translation>Su reconocimiento más reciente que nombra a alguien de %1 (en los canales y fuentes del filtro).</translation>
    </message>
    <message>
        <source>You have not recognised anyone in %1 in this data.</source>
        <translation>No ha reconocido a nadie de %1 en estos datos.</translation>
    </message>
    <message>
        <source>Days from your latest recognition in %1 to %2.</source>
        <translation>Días desde su reconocimiento más reciente en %1 hasta el %2.</translation>
    </message>
    <message>
        <source>No leader: a blind spot</source>
        <translation>Ningún líder: punto ciego</translation>
    </message>
    <message>
        <source>Other leaders did</source>
        <translation>Otros líderes sí</translation>
    </message>
    <message>
        <source>No leader recognised anyone in %1 in the %2 days to %3.</source>
        <translation>Ningún líder reconoció a nadie de %1 en los %2 días hasta el %3.</translation>
    </message>
    <message>
        <source>Another leader recognised someone in %1 in the %2 days to %3.</source>
        <translation>Otro líder reconoció a alguien de %1 en los %2 días hasta el %3.</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Your last recognition there</source>
        <translation>Su último reconocimiento allí</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Días desde</translation>
    </message>
    <message>
        <source>Any leader in the window</source>
        <translation>Algún líder en la ventana</translation>
    </message>
    <message>
        <source>Departments with at least k staff on the last day in which you recognised no one in the window.</source>
        <translation>Departamentos con al menos k empleados el último día en los que usted no reconoció a nadie en la ventana.</translation>
    </message>
    <message>
        <source>The day of your latest recognition naming someone in the department.</source>
        <translation>El día de su reconocimiento más reciente que nombra a alguien del departamento.</translation>
    </message>
    <message>
        <source>Days from that recognition to the window&apos;s last day.</source>
        <translation>Días desde ese reconocimiento hasta el último día de la ventana.</translation>
    </message>
    <message>
        <source>Whether any leader recognised someone in the department in the window.</source>
        <translation>Si algún líder reconoció a alguien del departamento en la ventana.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::NotRecognisedPeopleModel</name>
    <message>
        <source>%1 wrote to you or responded to your posts between %2 and %3, and you did not recognise them in that time.</source>
        <translation>%1 le escribió o respondió a sus publicaciones entre el %2 y el %3, y usted no le reconoció en ese tiempo.</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(sin departamento)</translation>
    </message>
    <message>
        <source>Their department on %1.</source>
        <translation>Su departamento el %1.</translation>
    </message>
    <message>
        <source>The day of their latest reply or reaction to your posts, or comment to you, in the window.</source>
        <translation>El día de su respuesta o reacción más reciente a sus publicaciones, o de su comentario a usted, en la ventana.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Your latest recognition of %1, before the window.</source>
        <translation>Su reconocimiento más reciente a %1, antes de la ventana.</translation>
    </message>
    <message>
        <source>You have not recognised %1 in this data.</source>
        <translation>No ha reconocido a %1 en estos datos.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Last wrote to you</source>
        <translation>Último mensaje a usted</translation>
    </message>
    <message>
        <source>Your last recognition</source>
        <translation>Su último reconocimiento</translation>
    </message>
    <message>
        <source>Staff who replied or reacted to your posts, or wrote a comment to you, in the window: people you see by name in your own threads.</source>
        <translation>Personal que respondió o reaccionó a sus publicaciones, o le escribió un comentario, en la ventana: personas a las que ve por su nombre en sus propios hilos.</translation>
    </message>
    <message>
        <source>Their department on the window&apos;s last day.</source>
        <translation>Su departamento el último día de la ventana.</translation>
    </message>
    <message>
        <source>Their latest message or reaction to you in the window.</source>
        <translation>Su mensaje o reacción más reciente dirigido a usted en la ventana.</translation>
    </message>
    <message>
        <source>Your latest recognition of them, before the window; never when not in the data.</source>
        <translation>Su reconocimiento más reciente a esa persona, antes de la ventana; «nunca» si no está en los datos.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::NudgesModel</name>
    <message>
        <source>%1 Double-click to see the figure behind it.</source>
        <translation>%1 Haga doble clic para ver el indicador en que se basa.</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Suggestions worked out from your figures; hover one for its rule.</source>
        <translation>Sugerencias calculadas a partir de sus cifras; pase el puntero por una para ver su regla.</translation>
    </message>
</context>
<context>
    <name>goodwill::items::PeopleModel</name>
    <message>
        <source>The role every figure counts %1 under: the override, else bot or guest as stored, else the roster&apos;s leader flag, else a leader title, else the stored role</source>
        <translation>El rol con el que todas las cifras cuentan a %1: el ajuste manual; si no, bot o invitado según lo guardado; si no, la marca de líder del listado de personal; si no, un cargo de líder; si no, el rol guardado</translation>
    </message>
    <message>
        <source>Double-click to set the role %1 is counted under, whatever the sources and the roster say</source>
        <translation>Haga doble clic para fijar el rol con el que se cuenta a %1, digan lo que digan las fuentes y el listado de personal</translation>
    </message>
    <message>
        <source>No override</source>
        <translation>Sin ajuste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Department today</source>
        <translation>Departamento hoy</translation>
    </message>
    <message>
        <source>Stored role</source>
        <translation>Rol guardado</translation>
    </message>
    <message>
        <source>Effective role</source>
        <translation>Rol efectivo</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Ajuste manual</translation>
    </message>
</context>
<context>
    <name>goodwill::items::PillarModel</name>
    <message>
        <source>%1: no %2 score on %3 (every signal of it missing or thin)</source>
        <translation>%1: sin puntuación de %2 el %3 (todas sus señales faltan o son escasas)</translation>
    </message>
    <message>
        <source>%1: %2 %3 on %4 (80% band %5), 0–100</source>
        <translation>%1: %2 %3 el %4 (banda del 80&#xa0;%: %5), 0–100</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Pillar scores on %1, 0–100</source>
        <translation>Puntuaciones de los pilares el %1, 0–100</translation>
    </message>
</context>
<context>
    <name>goodwill::items::QuestionThemesModel</name>
    <message>
        <source>“%1” — asked %2, waiting %3</source>
        <translation>«%1» — formulada el %2, esperando %3</translation>
    </message>
    <message>
        <source>%1 open staff questions share the word “%2”, from %3 different people. Expand the row for examples.</source>
        <translation>%1 preguntas abiertas del personal comparten la palabra «%2», de %3 personas distintas. Despliegue la fila para ver ejemplos.</translation>
    </message>
    <message>
        <source>A word shared by open staff questions from at least %1 different people (stop words left out); expand for examples</source>
        <translation>Una palabra que comparten preguntas abiertas del personal de al menos %1 personas distintas (sin contar palabras vacías); despliegue para ver ejemplos</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Open staff questions in the theme</source>
        <translation>Preguntas abiertas del personal en el tema</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Distinct people who asked them</source>
        <translation>Personas distintas que las formularon</translation>
    </message>
    <message>
        <source>Askers</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>Other words in at least two of the theme&apos;s questions</source>
        <translation>Otras palabras presentes en al menos dos de las preguntas del tema</translation>
    </message>
    <message>
        <source>Also mentioned</source>
        <translation>También mencionado</translation>
    </message>
</context>
<context>
    <name>goodwill::items::RecentRecognitionModel</name>
    <message>
        <source>%1 (a leader)</source>
        <translation>%1 (líder)</translation>
    </message>
    <message>
        <source>The people recognised were in no department on the day</source>
        <translation>Las personas reconocidas no estaban en ningún departamento ese día</translation>
    </message>
    <message>
        <source>The departments of the people recognised, on the day: %1</source>
        <translation>Los departamentos de las personas reconocidas, ese día: %1</translation>
    </message>
    <message>
        <source>When it was posted (local time)</source>
        <translation>Cuándo se publicó (hora local)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who recognised (leaders in bold)</source>
        <translation>Quién reconoció (líderes en negrita)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>The people recognised</source>
        <translation>Las personas reconocidas</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Their departments on the day</source>
        <translation>Sus departamentos ese día</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>The start of the message</source>
        <translation>El comienzo del mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>goodwill::items::RecognisedShareModel</name>
    <message>
        <source>The %1 days to %2</source>
        <translation>Los %1 días hasta el %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2: no staff to measure</source>
        <translation>%1, %2: ningún empleado que medir</translation>
    </message>
    <message>
        <source>%1, %2: only %3 staff, too few to show a share</source>
        <translation>%1, %2: solo %3 empleados, demasiado pocos para mostrar un porcentaje</translation>
    </message>
    <message>
        <source>%1, %2: %3% of %4 staff recognised at least once in the %5 days to then</source>
        <translation>%1, %2: el %3&#xa0;% de %4 empleados reconocidos al menos una vez en los %5 días previos</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <source>%1: share of staff recognised at least once in the trailing window (P1), %</source>
        <translation>%1: porcentaje del personal reconocido al menos una vez en la ventana móvil (P1), %</translation>
    </message>
</context>
<context>
    <name>goodwill::items::RecognitionMatrixModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1, %2 (on %3)</source>
        <translation>%1, %2 (el %3)</translation>
    </message>
    <message>
        <source>Recognitions by %1, %2: %3 (each counted once, however many people it names, in every department). Double-click to see how it is counted.</source>
        <translation>Reconocimientos de %1, %2: %3 (cada uno contado una vez, aunque nombre a varias personas, en todos los departamentos). Haga doble clic para ver cómo se cuenta.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recognitions by %1 of people in %2, %3: %4 (one per person recognised, by the department they were in on the day)</source>
        <translation>Reconocimientos de %1 a personas de %2, %3: %4 (uno por persona reconocida, según el departamento en el que estaba ese día)</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Líder</translation>
    </message>
    <message>
        <source>Every leader, including those who recognised no one</source>
        <translation>Todos los líderes, incluidos los que no reconocieron a nadie</translation>
    </message>
    <message>
        <source>All recognitions</source>
        <translation>Todos los reconocimientos</translation>
    </message>
    <message>
        <source>The leader&apos;s recognitions %1, each counted once</source>
        <translation>Los reconocimientos del líder %1, cada uno contado una vez</translation>
    </message>
    <message>
        <source>%1: %2 staff on %3; recognitions received %4: %5, from leaders: %6</source>
        <translation>%1: %2 empleados el %3; reconocimientos recibidos %4: %5, de líderes: %6</translation>
    </message>
</context>
<context>
    <name>goodwill::items::ShoutOutPeopleModel</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Recognised by</source>
        <translation>Reconocido por</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>People recognised in public channels by at least %1 different people in the period, listed by name (a list of candidates, not a ranking)</source>
        <translation>Personas reconocidas en canales públicos por al menos %1 personas distintas en el periodo, ordenadas por nombre (una lista de candidatos, no una clasificación)</translation>
    </message>
    <message>
        <source>Their department on the day of their latest recognition</source>
        <translation>Su departamento el día de su reconocimiento más reciente</translation>
    </message>
    <message>
        <source>Distinct people who recognised them in public channels</source>
        <translation>Personas distintas que las reconocieron en canales públicos</translation>
    </message>
    <message>
        <source>Recognitions naming them in public channels (announcement, recognition, social and Q&amp;A channels)</source>
        <translation>Reconocimientos que las nombran en canales públicos (canales de anuncios, reconocimiento, sociales y de preguntas y respuestas)</translation>
    </message>
    <message>
        <source>A leader</source>
        <translation>Un líder</translation>
    </message>
</context>
<context>
    <name>goodwill::items::ShoutOutTeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>People recognised</source>
        <translation>Personas reconocidas</translation>
    </message>
    <message>
        <source>Per member</source>
        <translation>Por miembro</translation>
    </message>
    <message>
        <source>Departments recognised in public channels in the period, the most recognitions per member first (at most %1)</source>
        <translation>Departamentos reconocidos en canales públicos en el periodo, primero los de más reconocimientos por miembro (como máximo %1)</translation>
    </message>
    <message>
        <source>Staff in the department on the period&apos;s last day</source>
        <translation>Plantilla del departamento el último día del periodo</translation>
    </message>
    <message>
        <source>Recognitions in public channels, one per person of the department they name (by the department on the day)</source>
        <translation>Reconocimientos en canales públicos, uno por persona del departamento que nombran (según el departamento de ese día)</translation>
    </message>
    <message>
        <source>Distinct people of the department recognised</source>
        <translation>Personas distintas del departamento reconocidas</translation>
    </message>
    <message>
        <source>Recognitions divided by the staff</source>
        <translation>Reconocimientos divididos entre la plantilla</translation>
    </message>
</context>
<context>
    <name>goodwill::items::SignalSettingsModel</name>
    <message>
        <source>This cell cannot be edited.</source>
        <translation>Esta celda no se puede editar.</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3.</source>
        <translation>%1 debe ser un número de %2 a %3.</translation>
    </message>
    <message>
        <source>The floor and the target of %1 must differ.</source>
        <translation>El suelo y la meta de %1 deben ser distintos.</translation>
    </message>
    <message>
        <source>logarithmic</source>
        <translation>logarítmica</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <source>Scored on log(hours): a reply within a minute counts as a minute</source>
        <translation>Puntuada sobre log(horas): una respuesta en menos de un minuto cuenta como un minuto</translation>
    </message>
    <message>
        <source>Scored linearly between the floor (0) and the target (100)</source>
        <translation>Puntuada linealmente entre el suelo (0) y la meta (100)</translation>
    </message>
    <message>
        <source>The weight of %1 within its pillar</source>
        <translation>El peso de %1 dentro de su pilar</translation>
    </message>
    <message>
        <source>%1 scores 0 at %2</source>
        <translation>%1 puntúa 0 con %2</translation>
    </message>
    <message>
        <source>%1 scores 100 at %2</source>
        <translation>%1 puntúa 100 con %2</translation>
    </message>
    <message>
        <source> (changed; the default is %1)</source>
        <translation> (modificado; el predeterminado es %1)</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Suelo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
</context>
<context>
    <name>goodwill::items::SignalTableModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>tone is shown only when at least %1 of the staff wrote in the window</source>
        <translation>el tono solo se muestra si escribieron en la ventana al menos %1 empleados</translation>
    </message>
    <message>
        <source>hidden by the privacy rules</source>
        <translation>por las reglas de privacidad</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>thin</source>
        <translation>escasa</translation>
    </message>
    <message>
        <source>%1: hidden, %2</source>
        <translation>%1: oculta, %2</translation>
    </message>
    <message>
        <source>%1: nothing to measure in the window (no %2)</source>
        <translation>%1: nada que medir en la ventana (sin %2)</translation>
    </message>
    <message>
        <source>%1: no score without a raw value</source>
        <translation>%1: no hay puntuación sin un valor bruto</translation>
    </message>
    <message>
        <source>100 × (ln raw − ln floor) / (ln target − ln floor), clamped to 0–100</source>
        <translation>100 × (ln bruto − ln suelo) / (ln meta − ln suelo), acotado a 0–100</translation>
    </message>
    <message>
        <source>100 × (raw − floor) / (target − floor), clamped to 0–100</source>
        <translation>100 × (bruto − suelo) / (meta − suelo), acotado a 0–100</translation>
    </message>
    <message>
        <source>The raw value that scores 0 (from the model settings)</source>
        <translation>El valor bruto que puntúa 0 (de los ajustes del modelo)</translation>
    </message>
    <message>
        <source>The raw value that scores 100 (from the model settings)</source>
        <translation>El valor bruto que puntúa 100 (de los ajustes del modelo)</translation>
    </message>
    <message>
        <source>The score&apos;s 80% band: how far it could be off by chance, given the denominator</source>
        <translation>La banda del 80&#xa0;% de la puntuación: cuánto podría desviarse por azar, dado el denominador</translation>
    </message>
    <message>
        <source>No band: %1 has no interval of its own</source>
        <translation>Sin banda: %1 no tiene intervalo propio</translation>
    </message>
    <message>
        <source>%1 %2 in the window</source>
        <translation>%1 %2 en la ventana</translation>
    </message>
    <message>
        <source>Thin: the denominator is under %1, so the signal is left out of its pillar</source>
        <translation>Escasa: el denominador es inferior a %1, así que la señal se excluye de su pilar</translation>
    </message>
    <message>
        <source>Not thin: the denominator is at least %1</source>
        <translation>No escasa: el denominador es al menos %1</translation>
    </message>
    <message>
        <source>The pillar the signal counts towards</source>
        <translation>El pilar al que contribuye la señal</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Suelo</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>80% band</source>
        <translation>Banda 80&#xa0;%</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Denominador</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Escasa</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>The signal&apos;s id and name</source>
        <translation>El id y el nombre de la señal</translation>
    </message>
    <message>
        <source>What was measured over the trailing window, in the signal&apos;s unit</source>
        <translation>Lo que se midió en la ventana móvil, en la unidad de la señal</translation>
    </message>
    <message>
        <source>The raw value placed between floor (0) and target (100)</source>
        <translation>El valor bruto situado entre el suelo (0) y la meta (100)</translation>
    </message>
    <message>
        <source>The raw value that scores 0</source>
        <translation>El valor bruto que puntúa 0</translation>
    </message>
    <message>
        <source>The raw value that scores 100</source>
        <translation>El valor bruto que puntúa 100</translation>
    </message>
    <message>
        <source>The range the score lies in with 80% confidence</source>
        <translation>El intervalo en el que se sitúa la puntuación con un 80&#xa0;% de confianza</translation>
    </message>
    <message>
        <source>What the raw value was computed over</source>
        <translation>Sobre qué se calculó el valor bruto</translation>
    </message>
    <message>
        <source>A thin signal (too small a denominator) is left out of its pillar</source>
        <translation>Una señal escasa (denominador demasiado pequeño) se excluye de su pilar</translation>
    </message>
    <message>
        <source>The pillar the signal belongs to</source>
        <translation>El pilar al que pertenece la señal</translation>
    </message>
</context>
<context>
    <name>goodwill::items::SourcesModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Channels of %1 in the database</source>
        <translation>Canales de %1 en la base de datos</translation>
    </message>
    <message>
        <source>People with a user id in %1</source>
        <translation>Personas con id de usuario en %1</translation>
    </message>
    <message>
        <source>Posts, replies, reactions and recognitions from %1, all time</source>
        <translation>Publicaciones, respuestas, reacciones y reconocimientos de %1, desde el principio</translation>
    </message>
    <message>
        <source>Import runs that wrote to %1</source>
        <translation>Importaciones que escribieron en %1</translation>
    </message>
    <message>
        <source>The latest import into %1 finished %2 (UTC)</source>
        <translation>La última importación en %1 terminó el %2 (UTC)</translation>
    </message>
    <message>
        <source>No import run recorded for %1 (a demo or a warehouse load)</source>
        <translation>No hay ninguna importación registrada para %1 (una demostración o una carga de almacén de datos)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Última importación</translation>
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
        <translation>Esperando %1 h la respuesta del líder en el hilo, hasta el final de los datos</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translation>(sin departamento)</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Formulada</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Formulada por</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>When the staff question was posted (local time).</source>
        <translation>Cuándo se publicó la pregunta del personal (hora local).</translation>
    </message>
    <message>
        <source>Time from the question to the end of the data, with no reply of the leader in the thread.</source>
        <translation>Tiempo desde la pregunta hasta el final de los datos, sin respuesta del líder en el hilo.</translation>
    </message>
    <message>
        <source>The author&apos;s department on the day of the question.</source>
        <translation>El departamento del autor el día de la pregunta.</translation>
    </message>
    <message>
        <source>The staff member who asked.</source>
        <translation>El empleado que preguntó.</translation>
    </message>
    <message>
        <source>The thread&apos;s channel.</source>
        <translation>El canal del hilo.</translation>
    </message>
    <message>
        <source>The start of the question; the tooltip shows all of it.</source>
        <translation>El comienzo de la pregunta; el texto emergente la muestra completa.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::AboutDialog</name>
    <message>
        <source>About Goodwill</source>
        <translation>Acerca de Goodwill</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Goodwill %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Goodwill %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>How leaders engage with their people on internal social media, and what it does to the goodwill of each department. Everything stays on this computer.</source>
        <translation>Cómo se relacionan los líderes con su gente en las redes sociales internas y qué efecto tiene en la buena voluntad de cada departamento. Todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>Goodwill is free software: you can redistribute it and change it under the terms of the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;. It comes with absolutely no warranty.</source>
        <translation>Goodwill es software libre: puede redistribuirlo y modificarlo según los términos de la &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;Licencia Pública General de GNU, versión 3 o posterior&lt;/a&gt;. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Built with&lt;/b&gt;</source>
        <translation>&lt;b&gt;Creado con&lt;/b&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>the window, charts and translations</source>
        <translation>la ventana, los gráficos y las traducciones</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>dominio público</translation>
    </message>
    <message>
        <source>the activity database</source>
        <translation>la base de datos de actividad</translation>
    </message>
    <message>
        <source>reading large JSON exports</source>
        <translation>lectura de exportaciones JSON grandes</translation>
    </message>
    <message>
        <source>reading ZIP exports</source>
        <translation>lectura de exportaciones ZIP</translation>
    </message>
    <message>
        <source>reading CSV files</source>
        <translation>lectura de archivos CSV</translation>
    </message>
    <message>
        <source>passing changes between the parts of the dashboard</source>
        <translation>transmisión de cambios entre las partes del cuadro de mando</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ActivityChartView</name>
    <message>
        <source>Activity per month</source>
        <translation>Actividad por mes</translation>
    </message>
    <message>
        <source>Activity per month chart</source>
        <translation>Gráfico de actividad por mes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Activities per month</source>
        <translation>Actividades por mes</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 en %2: %3</translation>
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
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Buscar en la lista</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Clear the choice: everything counts</source>
        <translation>Borrar la selección: todo cuenta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::DashboardView</name>
    <message>
        <source>Computing the figures</source>
        <translation>Calculando las cifras</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
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
        <translation>Buscar personas por nombre, correo, cargo, departamento o rol…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>Search channels by name, source or kind…</source>
        <translation>Buscar canales por nombre, fuente o tipo…</translation>
    </message>
    <message>
        <source>Search channels</source>
        <translation>Buscar canales</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Reading the database</source>
        <translation>Leyendo la base de datos</translation>
    </message>
    <message>
        <source>Where the data came from; select one to list its imports</source>
        <translation>De dónde proceden los datos; seleccione una fuente para listar sus importaciones</translation>
    </message>
    <message>
        <source>What each import added and skipped; select one for its report</source>
        <translation>Qué añadió y omitió cada importación; seleccione una para ver su informe</translation>
    </message>
    <message>
        <source>Select an import run to see its report.</source>
        <translation>Seleccione una importación para ver su informe.</translation>
    </message>
    <message>
        <source>Everyone in the database. Only leaders get individual figures; the override (double-click it) sets the role a person counts under, whatever the sources say</source>
        <translation>Todas las personas de la base de datos. Solo los líderes tienen cifras individuales; el ajuste manual (haga doble clic en él) fija el rol con el que cuenta una persona, digan lo que digan las fuentes</translation>
    </message>
    <message>
        <source>Headcounts today from the roster; double-click a department to list its people</source>
        <translation>Plantilla actual según el listado de personal; haga doble clic en un departamento para listar sus personas</translation>
    </message>
    <message>
        <source>What each channel is for decides what counts as social, recognition or a question; the override (double-click it) wins over the name rules</source>
        <translation>El uso de cada canal decide qué cuenta como social, reconocimiento o pregunta; el ajuste manual (haga doble clic en él) prevalece sobre las reglas de nombre</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>&amp;Channels</source>
        <translation>&amp;Canales</translation>
    </message>
    <message>
        <source>&amp;Model settings</source>
        <translation>Ajustes del &amp;modelo</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>This database is open read-only, so overrides cannot be changed here. Goodwill never writes to a file it did not create (set people.role and channels.kind in the file itself) or to a file it cannot write.</source>
        <translation>Esta base de datos está abierta en modo de solo lectura, así que aquí no se pueden cambiar los ajustes manuales. Goodwill nunca escribe en un archivo que no haya creado (fije people.role y channels.kind en el propio archivo) ni en un archivo en el que no pueda escribir.</translation>
    </message>
    <message>
        <source>No database is open. Import your data (File &gt; Import…) or open the demo database to see its sources, people, departments and channels here.</source>
        <translation>No hay ninguna base de datos abierta. Importe sus datos (Archivo &gt; Importar…) o abra la base de datos de demostración para ver aquí sus fuentes, personas, departamentos y canales.</translation>
    </message>
    <message>
        <source>People: %1 · Departments: %2 · Channels: %3 · Sources: %4%5</source>
        <translation>Personas: %1 · Departamentos: %2 · Canales: %3 · Fuentes: %4%5</translation>
    </message>
    <message>
        <source> · read-only: overrides cannot be changed</source>
        <translation> · solo lectura: no se pueden cambiar los ajustes manuales</translation>
    </message>
    <message>
        <source>No sources yet. Import an export (File &gt; Import…) to add one.</source>
        <translation>Aún no hay fuentes. Importe una exportación (Archivo &gt; Importar…) para añadir una.</translation>
    </message>
    <message>
        <source>No import runs are recorded (the demo and warehouse loads write none). Import an export (File &gt; Import…) to see what it added here.</source>
        <translation>No hay importaciones registradas (la demostración y las cargas de almacén de datos no registran ninguna). Importe una exportación (Archivo &gt; Importar…) para ver aquí lo que añadió.</translation>
    </message>
    <message>
        <source>Reports appear here for the imports Goodwill made.</source>
        <translation>Aquí aparecen los informes de las importaciones que hizo Goodwill.</translation>
    </message>
    <message>
        <source>No people yet. Import a roster or an export (File &gt; Import…).</source>
        <translation>Aún no hay personas. Importe un listado de personal o una exportación (Archivo &gt; Importar…).</translation>
    </message>
    <message>
        <source>No departments: import a roster (File &gt; Import…) to place people in them.</source>
        <translation>No hay departamentos: importe un listado de personal (Archivo &gt; Importar…) para asignarles personas.</translation>
    </message>
    <message>
        <source>No channels yet. Import an export (File &gt; Import…).</source>
        <translation>Aún no hay canales. Importe una exportación (Archivo &gt; Importar…).</translation>
    </message>
    <message>
        <source>Import runs of %1</source>
        <translation>Importaciones de %1</translation>
    </message>
    <message>
        <source>Import report: %1</source>
        <translation>Informe de importación: %1</translation>
    </message>
    <message>
        <source>That override cannot be set.</source>
        <translation>Ese ajuste manual no se puede aplicar.</translation>
    </message>
    <message>
        <source>This edit belongs to a database that is no longer open.</source>
        <translation>Esta edición pertenece a una base de datos que ya no está abierta.</translation>
    </message>
    <message>
        <source>Count %1 as %2</source>
        <translation>Contar a %1 como %2</translation>
    </message>
    <message>
        <source>Remove the role override of %1</source>
        <translation>Quitar el ajuste manual de rol de %1</translation>
    </message>
    <message>
        <source>Count #%1 as %2</source>
        <translation>Contar #%1 como %2</translation>
    </message>
    <message>
        <source>Remove the kind override of #%1</source>
        <translation>Quitar el ajuste manual de tipo de #%1</translation>
    </message>
    <message>
        <source>The role of %1 is now %2; every figure is being worked out again.</source>
        <translation>El rol de %1 es ahora %2; se están recalculando todas las cifras.</translation>
    </message>
    <message>
        <source>%1 counts under their own role again; every figure is being worked out again.</source>
        <translation>%1 vuelve a contar con su propio rol; se están recalculando todas las cifras.</translation>
    </message>
    <message>
        <source>#%1 now counts as %2; every figure is being worked out again.</source>
        <translation>#%1 cuenta ahora como %2; se están recalculando todas las cifras.</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>&amp;Departamentos</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::DepartmentsPage</name>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>ECI by department and period</source>
        <translation>ECI por departamento y periodo</translation>
    </message>
    <message>
        <source>Emotional capital by department</source>
        <translation>Capital emocional por departamento</translation>
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
        <translation>Tendencia del ECI de los departamentos comparados</translation>
    </message>
    <message>
        <source>ECI trend</source>
        <translation>Tendencia del ECI</translation>
    </message>
    <message>
        <source>The ECI at each period end, the shaded band its 80% range. Double-click a point to see how it was computed.</source>
        <translation>El ECI en cada cierre de periodo, con su intervalo del 80&#xa0;% como banda sombreada. Haga doble clic en un punto para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Puntuación (0–100)</translation>
    </message>
    <message>
        <source>Pillars</source>
        <translation>Pilares</translation>
    </message>
    <message>
        <source>Pillar scores of the chosen department beside the whole; hover a bar for its 80% band.</source>
        <translation>Puntuaciones de los pilares del departamento elegido junto al total; pase el puntero por una barra para ver su banda del 80&#xa0;%.</translation>
    </message>
    <message>
        <source>Signals of the chosen department</source>
        <translation>Señales del departamento elegido</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Each signal over the trailing window: the raw value, its score between floor and target, the 80% band and what it was computed over. Thin signals are left out of their pillar.</source>
        <translation>Cada señal en la ventana móvil: el valor bruto, su puntuación entre suelo y meta, la banda del 80&#xa0;% y sobre qué se calculó. Las señales escasas se excluyen de su pilar.</translation>
    </message>
    <message>
        <source>Updating figures…</source>
        <translation>Actualizando cifras…</translation>
    </message>
    <message>
        <source>Updating figures</source>
        <translation>Actualizando cifras</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Departments to compare</source>
        <translation>Departamentos que comparar</translation>
    </message>
    <message>
        <source>Tick the departments whose trend to draw</source>
        <translation>Marque los departamentos cuya tendencia quiere dibujar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Tick to draw</source>
        <translation>Marcar para dibujar</translation>
    </message>
    <message>
        <source>The emotional-capital index (0–100) of each department at each period end, over the trailing %1 days; hatched cells are hidden because too few staff were in the department. Click a cell to show its pillars and signals below; double-click it (or press Enter) to see how it was computed.</source>
        <translation>El índice de capital emocional (0–100) de cada departamento en cada cierre de periodo, en los %1 días anteriores; las celdas rayadas están ocultas porque el departamento tenía muy pocos empleados. Haga clic en una celda para ver abajo sus pilares y señales; haga doble clic en ella (o pulse Intro) para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>Pillars: %1</source>
        <translation>Pilares: %1</translation>
    </message>
    <message>
        <source>Signals: %1</source>
        <translation>Señales: %1</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <source>No data yet. Import an export with File &gt; Import…, or open the demo organisation with File &gt; Open the Demo Organisation.</source>
        <translation>Aún no hay datos. Importe una exportación con Archivo &gt; Importar…, o abra la organización de demostración con Archivo &gt; Abrir la organización de demostración.</translation>
    </message>
    <message>
        <source>No figures for the chosen dates. Widen the date range in the filter bar.</source>
        <translation>No hay cifras para las fechas elegidas. Amplíe el intervalo de fechas en la barra de filtros.</translation>
    </message>
    <message>
        <source>No departments in this database. Import a roster CSV (File &gt; Import…) so that people belong to departments.</source>
        <translation>No hay departamentos en esta base de datos. Importe un CSV de personal (Archivo &gt; Importar…) para que las personas pertenezcan a departamentos.</translation>
    </message>
    <message>
        <source>Nothing ticked. Tick the organisation or a department under Compare to draw its trend.</source>
        <translation>No hay nada marcado. Marque la organización o un departamento en Comparar para dibujar su tendencia.</translation>
    </message>
    <message>
        <source>Click a cell of the heatmap to show that department&apos;s figures here.</source>
        <translation>Haga clic en una celda del mapa de calor para ver aquí las cifras de ese departamento.</translation>
    </message>
    <message>
        <source>%1 is hidden: %2. Click another cell of the heatmap.</source>
        <translation>%1 está oculto: %2. Haga clic en otra celda del mapa de calor.</translation>
    </message>
    <message>
        <source>What the total leaves out</source>
        <translation>Lo que el total excluye</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::DrillDownDialog</name>
    <message>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation>Cómo se calcula</translation>
    </message>
    <message>
        <source>Working out the figure</source>
        <translation>Calculando el indicador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Datos de entrada</translation>
    </message>
    <message>
        <source>What the figure was computed from</source>
        <translation>A partir de qué se calculó el indicador</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Tone of the selected message</source>
        <translation>Tono del mensaje seleccionado</translation>
    </message>
    <message>
        <source>Export messages…</source>
        <translation>Exportar mensajes…</translation>
    </message>
    <message>
        <source>Save the messages as a CSV file</source>
        <translation>Guardar los mensajes como archivo CSV</translation>
    </message>
    <message>
        <source>Copy messages</source>
        <translation>Copiar mensajes</translation>
    </message>
    <message>
        <source>Copy the messages as tab-separated text</source>
        <translation>Copiar los mensajes como texto separado por tabuladores</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Aún no hay nada que mostrar</translation>
    </message>
    <message>
        <source>The figures are still being worked out: open this again when they are shown.</source>
        <translation>Las cifras aún se están calculando: vuelva a abrir esto cuando se muestren.</translation>
    </message>
    <message>
        <source>How it was computed: %1</source>
        <translation>Cómo se calculó: %1</translation>
    </message>
    <message>
        <source>Working out the figure and reading its messages…</source>
        <translation>Calculando el indicador y leyendo sus mensajes…</translation>
    </message>
    <message>
        <source>This figure cannot be opened: %1</source>
        <translation>Este indicador no se puede abrir: %1</translation>
    </message>
    <message>
        <source>Hidden by the privacy rules: %1</source>
        <translation>Oculto por las reglas de privacidad: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;How it is computed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cómo se calcula:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Resultado:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The message texts could not be read: %1</source>
        <translation>No se pudieron leer los textos de los mensajes: %1</translation>
    </message>
    <message>
        <source>No messages behind this figure in the period.</source>
        <translation>No hay mensajes detrás de este indicador en el periodo.</translation>
    </message>
    <message>
        <source>Select a message to see what gave it its tone.</source>
        <translation>Seleccione un mensaje para ver qué le dio su tono.</translation>
    </message>
    <message>
        <source>Tone &lt;b&gt;%1&lt;/b&gt; (the sum %2, squashed into −1..1).</source>
        <translation>Tono &lt;b&gt;%1&lt;/b&gt; (la suma %2, comprimida en −1..1).</translation>
    </message>
    <message>
        <source>No word, emoji or phrase of the lexicon: tone 0.</source>
        <translation>Ninguna palabra, emoji o frase del léxico: tono 0.</translation>
    </message>
    <message>
        <source>“%1” %2 (%3)</source>
        <translation>«%1» %2 (%3)</translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Exportar mensajes</translation>
    </message>
    <message>
        <source>messages.csv</source>
        <translation>mensajes.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::EngagementPage</name>
    <message>
        <source>Persona</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Among leaders</source>
        <translation>Entre los líderes</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Time to first reply</source>
        <translation>Tiempo hasta la 1.ª respuesta</translation>
    </message>
    <message>
        <source>Nudges</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Unanswered staff questions</source>
        <translation>Preguntas del personal sin respuesta</translation>
    </message>
    <message>
        <source>Departments not recognised</source>
        <translation>Departamentos no reconocidos</translation>
    </message>
    <message>
        <source>People not recognised</source>
        <translation>Personas no reconocidas</translation>
    </message>
    <message>
        <source>Best-received posts</source>
        <translation>Publicaciones mejor recibidas</translation>
    </message>
    <message>
        <source>Mark &amp;handled</source>
        <translation>Marcar como a&amp;tendida</translation>
    </message>
    <message>
        <source>&amp;Show handled</source>
        <translation>&amp;Mostrar atendidas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Goals…</source>
        <translation>&amp;Objetivos…</translation>
    </message>
    <message>
        <source>My engagement</source>
        <translation>Mi participación</translation>
    </message>
    <message>
        <source>&amp;I am:</source>
        <translation>&amp;Soy:</translation>
    </message>
    <message>
        <source>Who you are</source>
        <translation>Quién es usted</translation>
    </message>
    <message>
        <source>Choose yourself among the leaders: type part of your name, title or department. Goodwill remembers the choice.</source>
        <translation>Elíjase entre los líderes: escriba parte de su nombre, cargo o departamento. Goodwill recuerda la elección.</translation>
    </message>
    <message>
        <source>Period and filter</source>
        <translation>Periodo y filtro</translation>
    </message>
    <message>
        <source>Working out your figures</source>
        <translation>Calculando sus cifras</translation>
    </message>
    <message>
        <source>Whose engagement</source>
        <translation>De quién es la participación</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>Your goals a week for posts, replies and recognitions (the model file&apos;s unless you set your own)</source>
        <translation>Sus objetivos semanales de publicaciones, respuestas y reconocimientos (los del archivo de modelo, salvo que fije los suyos)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export this page as a PDF report</source>
        <translation>Exportar esta página como informe PDF</translation>
    </message>
    <message>
        <source>Export PDF with Staff Names Pseudonymised…</source>
        <translation>Exportar PDF con nombres del personal seudonimizados…</translation>
    </message>
    <message>
        <source>Posts a week</source>
        <translation>Publicaciones/semana</translation>
    </message>
    <message>
        <source>Your posts in the period divided by its weeks (days / 7), against your goal. Double-click for the posts.</source>
        <translation>Sus publicaciones del periodo divididas entre sus semanas (días / 7), frente a su objetivo. Haga doble clic para ver las publicaciones.</translation>
    </message>
    <message>
        <source>Replies a week</source>
        <translation>Respuestas/semana</translation>
    </message>
    <message>
        <source>Your replies in the period divided by its weeks, against your goal. Double-click for the replies.</source>
        <translation>Sus respuestas del periodo divididas entre sus semanas, frente a su objetivo. Haga doble clic para ver las respuestas.</translation>
    </message>
    <message>
        <source>Recognitions a week</source>
        <translation>Reconocimientos/semana</translation>
    </message>
    <message>
        <source>Your recognitions in the period divided by its weeks, against your goal. Double-click for the recognitions.</source>
        <translation>Sus reconocimientos del periodo divididos entre sus semanas, frente a su objetivo. Haga doble clic para ver los reconocimientos.</translation>
    </message>
    <message>
        <source>How you engage, from your posts, replies and the responses your posts draw (docs/model.md section 3). Double-click for the inputs.</source>
        <translation>Cómo participa, según sus publicaciones, sus respuestas y las interacciones que obtienen sus publicaciones (sección 3 de docs/model.md). Haga doble clic para ver los datos de entrada.</translation>
    </message>
    <message>
        <source>Your persona and what would move it</source>
        <translation>Su perfil y qué lo cambiaría</translation>
    </message>
    <message>
        <source>Your percentile among leaders</source>
        <translation>Su percentil entre los líderes</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>Respondidos (%)</translation>
    </message>
    <message>
        <source>Your reply rate per period</source>
        <translation>Su tasa de respuesta por periodo</translation>
    </message>
    <message>
        <source>Median hours to first reply</source>
        <translation>Horas (mediana)</translation>
    </message>
    <message>
        <source>Your median time to first reply per period</source>
        <translation>Su mediana de tiempo hasta la primera respuesta por periodo</translation>
    </message>
    <message>
        <source>Nudges from your figures</source>
        <translation>Sugerencias a partir de sus cifras</translation>
    </message>
    <message>
        <source>Your unanswered staff questions</source>
        <translation>Sus preguntas del personal sin respuesta</translation>
    </message>
    <message>
        <source>Take the selected question off your list (you answered it elsewhere, or there is nothing to answer). Stored in the database; Undo brings it back.</source>
        <translation>Quitar la pregunta seleccionada de su lista (la respondió en otro lugar, o no hay nada que responder). Se guarda en la base de datos; «Deshacer» la recupera.</translation>
    </message>
    <message>
        <source>Also list the questions you marked handled</source>
        <translation>Mostrar también las preguntas que marcó como atendidas</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation>Deshacer la última marca</translation>
    </message>
    <message>
        <source>Departments you did not recognise anyone in</source>
        <translation>Departamentos en los que no reconoció a nadie</translation>
    </message>
    <message>
        <source>People you did not recognise</source>
        <translation>Personas a las que no reconoció</translation>
    </message>
    <message>
        <source>Your best-received posts</source>
        <translation>Sus publicaciones mejor recibidas</translation>
    </message>
    <message>
        <source>No data yet: import an export (File &gt; Import…) or open the demo organisation (File &gt; Open the Demo Organisation).</source>
        <translation>Aún no hay datos: importe una exportación (Archivo &gt; Importar…) o abra la organización de demostración (Archivo &gt; Abrir la organización de demostración).</translation>
    </message>
    <message>
        <source>%1 to %2, in the dashboard filter&apos;s departments, channels and sources.</source>
        <translation>Del %1 al %2, en los departamentos, canales y fuentes del filtro del cuadro de mando.</translation>
    </message>
    <message>
        <source>No leaders in this data. Leaders are found by their title (VP, Director, Head of …) or the roster; the Data page sets anyone&apos;s role.</source>
        <translation>No hay líderes en estos datos. Los líderes se identifican por su cargo (VP, Director, Head of …) o por el listado de personal; la página Datos fija el rol de cualquier persona.</translation>
    </message>
    <message>
        <source>Choose who you are above: type part of your name or e-mail. Goodwill remembers the choice.</source>
        <translation>Elija arriba quién es usted: escriba parte de su nombre o correo. Goodwill recuerda la elección.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
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
        <translation>%1 en el periodo: objetivo cumplido</translation>
    </message>
    <message>
        <source>%1 in the period, %2 short of %3</source>
        <translation>%1 en el periodo, faltan %2 para %3</translation>
    </message>
    <message>
        <source>%1 in %2 days (%3 weeks) = %4 a week; your goal is %5 a week (%6), %7 over the period.</source>
        <translation>%1 en %2 días (%3 semanas) = %4 por semana; su objetivo es %5 por semana (%6), %7 en el periodo.</translation>
    </message>
    <message>
        <source>set on this page</source>
        <translation>fijado en esta página</translation>
    </message>
    <message>
        <source>the model file&apos;s</source>
        <translation>el del archivo de modelo</translation>
    </message>
    <message>
        <source>%1% of your messages are replies</source>
        <translation>%1&#xa0;% de sus mensajes son respuestas</translation>
    </message>
    <message>
        <source>no posts or replies</source>
        <translation>sin publicaciones ni respuestas</translation>
    </message>
    <message>
        <source>What your persona means and the nearest threshold, %1.</source>
        <translation>Qué significa su perfil y el umbral más cercano, %1.</translation>
    </message>
    <message>
        <source>Your place among the %1 leaders of %2, 0 to 100 (50 is the middle). Only your own place is shown. Hover a number for how it was worked out.</source>
        <translation>Su posición entre los %1 líderes de %2, de 0 a 100 (50 es la mitad). Solo se muestra su propia posición. Pase el puntero por un número para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>Share of staff comments to you answered in the thread within %1 h, per period. Double-click a point for the messages.</source>
        <translation>Porcentaje de comentarios del personal dirigidos a usted respondidos en el hilo en %1 h, por periodo. Haga doble clic en un punto para ver los mensajes.</translation>
    </message>
    <message>
        <source>No staff comments to you in this period: nothing to rate.</source>
        <translation>No hay comentarios del personal dirigidos a usted en este periodo: nada que evaluar.</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to your first later reply in the thread, per period.</source>
        <translation>Mediana de horas desde un comentario del personal hasta su primera respuesta posterior en el hilo, por periodo.</translation>
    </message>
    <message>
        <source>You answered no staff comment in this period.</source>
        <translation>No respondió a ningún comentario del personal en este periodo.</translation>
    </message>
    <message>
        <source>Departments with at least %1 staff in which you recognised no one from %2 to %3 (the last %4 days). “No leader” marks a blind spot.</source>
        <translation>Departamentos con al menos %1 empleados en los que no reconoció a nadie del %2 al %3 (los últimos %4 días). «Ningún líder» señala un punto ciego.</translation>
    </message>
    <message>
        <source>You recognised someone in every department with at least %1 staff in the last %2 days.</source>
        <translation>Reconoció a alguien en todos los departamentos con al menos %1 empleados en los últimos %2 días.</translation>
    </message>
    <message>
        <source>Staff who wrote to you or responded to your posts in the last %1 days and had no recognition from you in them.</source>
        <translation>Personal que le escribió o respondió a sus publicaciones en los últimos %1 días y no recibió ningún reconocimiento suyo en ellos.</translation>
    </message>
    <message>
        <source>Everyone who wrote to you or responded to your posts in the last %1 days has had a recognition from you, or nobody did.</source>
        <translation>Todas las personas que le escribieron o respondieron a sus publicaciones en los últimos %1 días han recibido un reconocimiento suyo, o no lo hizo nadie.</translation>
    </message>
    <message>
        <source>Your posts of %1 with the most staff responses in their threads; the tone of the replies shows when at least %2 people wrote them.</source>
        <translation>Sus publicaciones del periodo %1 con más interacciones del personal en sus hilos; el tono de las respuestas se muestra cuando las escribieron al menos %2 personas.</translation>
    </message>
    <message>
        <source>None of your posts in this period drew a staff response.</source>
        <translation>Ninguna de sus publicaciones de este periodo obtuvo interacción del personal.</translation>
    </message>
    <message>
        <source>Staff questions to you (in your threads or naming you) asked %1 to %2 with no reply of yours in the thread since, oldest first: %3 open, %4 marked handled. Waiting is counted to the end of the data (%5).</source>
        <translation>Preguntas del personal dirigidas a usted (en sus hilos o que le nombran) formuladas del %1 al %2 sin respuesta suya en el hilo desde entonces, de la más antigua a la más reciente: %3 abiertas, %4 marcadas como atendidas. La espera se cuenta hasta el final de los datos (%5).</translation>
    </message>
    <message>
        <source>None open: the rest are marked handled. Tick “Show handled” to see them.</source>
        <translation>Ninguna abierta: las demás están marcadas como atendidas. Marque «Mostrar atendidas» para verlas.</translation>
    </message>
    <message>
        <source>None: you have answered every staff question asked in this period.</source>
        <translation>Ninguna: ha respondido a todas las preguntas del personal formuladas en este periodo.</translation>
    </message>
    <message>
        <source>Suggestions worked out from the figures on this page; hover one for its rule, double-click it for the figure behind it.</source>
        <translation>Sugerencias calculadas a partir de las cifras de esta página; pase el puntero por una para ver su regla y haga doble clic para ver el indicador en que se basa.</translation>
    </message>
    <message>
        <source>Nothing to nudge you about in this period: your goals are met and nobody is waiting on you.</source>
        <translation>Nada que sugerirle en este periodo: ha cumplido sus objetivos y nadie le está esperando.</translation>
    </message>
    <message>
        <source>Mark not &amp;handled</source>
        <translation>Marcar como &amp;no atendida</translation>
    </message>
    <message>
        <source>This database is read-only: questions cannot be marked handled in it.</source>
        <translation>Esta base de datos es de solo lectura: no se pueden marcar preguntas como atendidas en ella.</translation>
    </message>
    <message>
        <source>Mark the question of %1 handled</source>
        <translation>Marcar como atendida la pregunta de %1</translation>
    </message>
    <message>
        <source>Mark the question of %1 not handled</source>
        <translation>Marcar como no atendida la pregunta de %1</translation>
    </message>
    <message>
        <source>This mark belongs to a database that is no longer open.</source>
        <translation>Esta marca pertenece a una base de datos que ya no está abierta.</translation>
    </message>
    <message>
        <source>The question is open again.</source>
        <translation>La pregunta vuelve a estar abierta.</translation>
    </message>
    <message>
        <source>Marked handled: the question leaves your list and your nudges. Undo brings it back.</source>
        <translation>Marcada como atendida: la pregunta sale de su lista y de sus sugerencias. «Deshacer» la recupera.</translation>
    </message>
    <message>
        <source>Export My Engagement as PDF</source>
        <translation>Exportar Mi participación como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Nothing to export yet: choose who you are first.</source>
        <translation>Aún no hay nada que exportar: primero elija quién es usted.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::FilterBar</name>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>%1 departments</source>
        <translation>%1 departamentos</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>%1 channels</source>
        <translation>%1 canales</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todas las fuentes</translation>
    </message>
    <message>
        <source>%1 sources</source>
        <translation>%1 fuentes</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Año en curso</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>The days every figure covers, counted back from the last day of data</source>
        <translation>Los días que abarca cada cifra, contados hacia atrás desde el último día de datos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularidad</translation>
    </message>
    <message>
        <source>The spacing of trend points: the capital is measured at the end of each week, month or quarter</source>
        <translation>El espaciado de los puntos de tendencia: el capital se mide al final de cada semana, mes o trimestre</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
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
        <translation>Sus objetivos</translation>
    </message>
    <message>
        <source>How often a week you mean to post, reply and recognise someone. The model file&apos;s goals are %1, %2 and %3.</source>
        <translation>Cuántas veces por semana quiere publicar, responder y reconocer a alguien. Los objetivos del archivo de modelo son %1, %2 y %3.</translation>
    </message>
    <message>
        <source>&amp;Posts a week:</source>
        <translation>&amp;Publicaciones por semana:</translation>
    </message>
    <message>
        <source>&amp;Replies a week:</source>
        <translation>&amp;Respuestas por semana:</translation>
    </message>
    <message>
        <source>Re&amp;cognitions a week:</source>
        <translation>Re&amp;conocimientos por semana:</translation>
    </message>
    <message>
        <source>Use the &amp;Model File&apos;s</source>
        <translation>Usar los del archivo de &amp;modelo</translation>
    </message>
    <message>
        <source>Forget your own goals and use the model file&apos;s again</source>
        <translation>Olvidar sus propios objetivos y volver a usar los del archivo de modelo</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::HeatmapLegend</name>
    <message>
        <source>Colour key</source>
        <translation>Leyenda de colores</translation>
    </message>
    <message>
        <source>Red is a low score, blue a high one; hatched cells are hidden because the department had too few staff then</source>
        <translation>El rojo es una puntuación baja y el azul una alta; las celdas rayadas están ocultas porque el departamento tenía entonces muy pocos empleados</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizard</name>
    <message>
        <source>Import Activity</source>
        <translation>Importar actividad</translation>
    </message>
    <message>
        <source>Import wizard</source>
        <translation>Asistente de importación</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizardOptionsPage</name>
    <message>
        <source>Slack departments</source>
        <translation>Departamentos de Slack</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Optional: tell Goodwill where each person&apos;s department comes from. Goodwill compares departments, so an import without them shows people but no departments.</source>
        <translation>Opcional: indique a Goodwill de dónde sale el departamento de cada persona. Goodwill compara departamentos, así que una importación sin ellos muestra personas pero ningún departamento.</translation>
    </message>
    <message>
        <source>e.g. Xf0123ABC</source>
        <translation>p. ej., Xf0123ABC</translation>
    </message>
    <message>
        <source>Department field id</source>
        <translation>Id. del campo de departamento</translation>
    </message>
    <message>
        <source>Department field hint</source>
        <translation>Ayuda del campo de departamento</translation>
    </message>
    <message>
        <source>Department &amp;field id:</source>
        <translation>Id. del ca&amp;mpo de departamento:</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Listado de personal</translation>
    </message>
    <message>
        <source>No roster (optional)</source>
        <translation>Sin listado de personal (opcional)</translation>
    </message>
    <message>
        <source>Roster CSV</source>
        <translation>CSV de personal</translation>
    </message>
    <message>
        <source>Choose &amp;Roster…</source>
        <translation>Elegir &amp;listado…</translation>
    </message>
    <message>
        <source>Choose a roster CSV file</source>
        <translation>Elegir un archivo CSV de personal</translation>
    </message>
    <message>
        <source>Roster &amp;CSV:</source>
        <translation>&amp;CSV de personal:</translation>
    </message>
    <message>
        <source>Roster note</source>
        <translation>Nota del listado de personal</translation>
    </message>
    <message>
        <source>There is no roster file at %1.</source>
        <translation>No hay ningún archivo de listado de personal en %1.</translation>
    </message>
    <message>
        <source>A field id has no spaces, e.g. Xf0123ABC.</source>
        <translation>Un id de campo no tiene espacios, p. ej., Xf0123ABC.</translation>
    </message>
    <message>
        <source>Slack exports carry no department. If your workspace keeps it in a custom profile field, enter that field&apos;s id: it is the key under profile → fields in the export&apos;s users.json. Without it or a roster, there are no departments.</source>
        <translation>Las exportaciones de Slack no incluyen el departamento. Si su espacio de trabajo lo guarda en un campo de perfil personalizado, introduzca el id de ese campo: es la clave bajo profile → fields en el users.json de la exportación. Sin él ni un listado de personal, no hay departamentos.</translation>
    </message>
    <message>
        <source>A CSV with the columns email, name, title, department, is_leader, valid_from and valid_to. It is applied after the export and has the last word on departments and leaders.</source>
        <translation>Un CSV con las columnas email, name, title, department, is_leader, valid_from y valid_to. Se aplica después de la exportación y tiene la última palabra sobre departamentos y líderes.</translation>
    </message>
    <message>
        <source>Choose a Roster</source>
        <translation>Elegir un listado de personal</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizardReportView</name>
    <message>
        <source>Already in the database</source>
        <translation>Ya en la base de datos</translation>
    </message>
    <message>
        <source>By people the export does not list</source>
        <translation>De personas que la exportación no incluye</translation>
    </message>
    <message>
        <source>Replies and reactions to messages not in the export</source>
        <translation>Respuestas y reacciones a mensajes que no están en la exportación</translation>
    </message>
    <message>
        <source>System messages (joins, topic changes, pins)</source>
        <translation>Mensajes del sistema (incorporaciones, cambios de tema, fijados)</translation>
    </message>
    <message>
        <source>From bots</source>
        <translation>De bots</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacíos</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <source>New conversations started in a channel</source>
        <translation>Conversaciones nuevas iniciadas en un canal</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Answers in threads</source>
        <translation>Respuestas en hilos</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reacciones</translation>
    </message>
    <message>
        <source>Emoji reactions, one per person and emoji</source>
        <translation>Reacciones con emoji, una por persona y emoji</translation>
    </message>
    <message>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <source>Messages that name people as recognised (praise, kudos)</source>
        <translation>Mensajes que nombran a personas como reconocidas (elogios, felicitaciones)</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <source>People not in the database before, bots included</source>
        <translation>Personas que no estaban antes en la base de datos, incluidos los bots</translation>
    </message>
    <message>
        <source>New channels</source>
        <translation>Canales nuevos</translation>
    </message>
    <message>
        <source>Channels, communities and conversations not in the database before</source>
        <translation>Canales, comunidades y conversaciones que no estaban antes en la base de datos</translation>
    </message>
    <message>
        <source>Activity span</source>
        <translation>Periodo de actividad</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Listado de personal</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Actividad:</translation>
    </message>
    <message>
        <source>Roster:</source>
        <translation>Listado de personal:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Excluidos:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>Del %1 al %2 (UTC)</translation>
    </message>
    <message>
        <source>None: the export holds no activity.</source>
        <translation>Ninguna: la exportación no contiene actividad.</translation>
    </message>
    <message>
        <source>%1 periods in departments</source>
        <translation>%1 periodos en departamentos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>… and %1 more: Copy Report has them all.</source>
        <translation>… y %1 más: «Copiar informe» los incluye todos.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizardRunPage</name>
    <message>
        <source>Cancel &amp;Preview</source>
        <translation>Cancelar &amp;vista previa</translation>
    </message>
    <message>
        <source>Cancel &amp;Import</source>
        <translation>Cancelar &amp;importación</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>C&amp;opy Report</source>
        <translation>C&amp;opiar informe</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>What the import adds, worked out by running it without keeping anything.</source>
        <translation>Lo que añade la importación, calculado ejecutándola sin guardar nada.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>All or nothing: a cancel or an error leaves the database as it was.</source>
        <translation>Todo o nada: una cancelación o un error deja la base de datos como estaba.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Stop working out the preview</source>
        <translation>Dejar de calcular la vista previa</translation>
    </message>
    <message>
        <source>Stop the import and leave the database as it was</source>
        <translation>Detener la importación y dejar la base de datos como estaba</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Work out the preview again</source>
        <translation>Volver a calcular la vista previa</translation>
    </message>
    <message>
        <source>Run the import again</source>
        <translation>Volver a ejecutar la importación</translation>
    </message>
    <message>
        <source>Copy the import report as text</source>
        <translation>Copiar el informe de importación como texto</translation>
    </message>
    <message>
        <source>Cancelling the preview…</source>
        <translation>Cancelando la vista previa…</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>Cancelando la importación…</translation>
    </message>
    <message>
        <source>Reading the export to work out what it adds to %1…</source>
        <translation>Leyendo la exportación para calcular lo que añade a %1…</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Importando en %1…</translation>
    </message>
    <message>
        <source>Everything in this export is already in %1: importing it adds nothing.</source>
        <translation>Todo lo de esta exportación ya está en %1: importarla no añade nada.</translation>
    </message>
    <message>
        <source>Importing adds this to %1. Nothing has been written yet.</source>
        <translation>La importación añade esto a %1. Aún no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Imported into %1. Finish shows it in the main window.</source>
        <translation>Importado en %1. «Finalizar» lo muestra en la ventana principal.</translation>
    </message>
    <message>
        <source>This export cannot be imported as it is:</source>
        <translation>Esta exportación no se puede importar tal como está:</translation>
    </message>
    <message>
        <source>The import failed and no database was created:</source>
        <translation>La importación falló y no se creó ninguna base de datos:</translation>
    </message>
    <message>
        <source>The import failed; %1 is unchanged:</source>
        <translation>La importación falló; %1 no ha cambiado:</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Se canceló la vista previa.</translation>
    </message>
    <message>
        <source>The import was cancelled; no database was created.</source>
        <translation>Se canceló la importación; no se creó ninguna base de datos.</translation>
    </message>
    <message>
        <source>The import was cancelled; %1 is unchanged.</source>
        <translation>Se canceló la importación; %1 no ha cambiado.</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ImportWizardSourcePage</name>
    <message>
        <source>There is no file or folder at %1.</source>
        <translation>No hay ningún archivo ni carpeta en %1.</translation>
    </message>
    <message>
        <source>Into a ne&amp;w database:</source>
        <translation>En una base de datos &amp;nueva:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose the export</source>
        <translation>Elija la exportación</translation>
    </message>
    <message>
        <source>Goodwill reads Slack, Viva Engage, Mattermost and Microsoft Teams exports, its own activity CSV and JSONL files, and roster CSVs. Everything stays on this computer.</source>
        <translation>Goodwill lee exportaciones de Slack, Viva Engage, Mattermost y Microsoft Teams, sus propios archivos CSV y JSONL de actividad y CSV de personal. Todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>A ZIP file, an unpacked folder, or a CSV or JSONL file</source>
        <translation>Un archivo ZIP, una carpeta descomprimida o un archivo CSV o JSONL</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Elegir a&amp;rchivo…</translation>
    </message>
    <message>
        <source>Choose an export file: a ZIP, CSV or JSONL file</source>
        <translation>Elija un archivo de exportación: un archivo ZIP, CSV o JSONL</translation>
    </message>
    <message>
        <source>Choose Fol&amp;der…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose an unpacked export folder</source>
        <translation>Elija una carpeta de exportación descomprimida</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Format status</source>
        <translation>Estado del formato</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Exportación:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Into the open database</source>
        <translation>En la base de datos abierta</translation>
    </message>
    <message>
        <source>Into a new database</source>
        <translation>En una base de datos nueva</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Archivo de la base de datos nueva</translation>
    </message>
    <message>
        <source>Where the new database is saved</source>
        <translation>Dónde se guarda la base de datos nueva</translation>
    </message>
    <message>
        <source>Choose where the new database is saved</source>
        <translation>Elija dónde se guarda la base de datos nueva</translation>
    </message>
    <message>
        <source>Target note</source>
        <translation>Nota del destino</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importar en</translation>
    </message>
    <message>
        <source>Into the &amp;open database (none is open)</source>
        <translation>En la base de datos a&amp;bierta (no hay ninguna abierta)</translation>
    </message>
    <message>
        <source>Into the &amp;open database (%1 is read-only)</source>
        <translation>En la base de datos a&amp;bierta (%1 es de solo lectura)</translation>
    </message>
    <message>
        <source>Into the &amp;open database (%1)</source>
        <translation>En la base de datos a&amp;bierta (%1)</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file for the new database.</source>
        <translation>%1 es una carpeta: indique un archivo para la base de datos nueva.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to: choose another place for the new database.</source>
        <translation>No se puede escribir en la carpeta %1: elija otro lugar para la base de datos nueva.</translation>
    </message>
    <message>
        <source>Choose an Export</source>
        <translation>Elegir una exportación</translation>
    </message>
    <message>
        <source>Exports (*.zip *.json *.jsonl *.ndjson *.csv);;All files (*)</source>
        <translation>Exportaciones (*.zip *.json *.jsonl *.ndjson *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose an Unpacked Export</source>
        <translation>Elegir una exportación descomprimida</translation>
    </message>
    <message>
        <source>New Goodwill Database</source>
        <translation>Nueva base de datos de Goodwill</translation>
    </message>
    <message>
        <source>Goodwill databases (*.goodwill)</source>
        <translation>Bases de datos de Goodwill (*.goodwill)</translation>
    </message>
    <message>
        <source>Imported activity</source>
        <translation>Actividad importada</translation>
    </message>
    <message>
        <source>Choose an export file or folder, or drop one here.</source>
        <translation>Elija un archivo o carpeta de exportación, o suéltelo aquí.</translation>
    </message>
    <message>
        <source>Looking at the export…</source>
        <translation>Examinando la exportación…</translation>
    </message>
    <message>
        <source>Goodwill does not recognise this export: it is none of the formats it reads, or it is incomplete. If you know the format, choose it above.</source>
        <translation>Goodwill no reconoce esta exportación: no corresponde a ninguno de los formatos que lee, o está incompleta. Si conoce el formato, elíjalo arriba.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>Read as %1 (not recognised automatically).</source>
        <translation>Leído como %1 (no se reconoció automáticamente).</translation>
    </message>
    <message>
        <source>Read as %1 (detected: %2).</source>
        <translation>Leído como %1 (detectado: %2).</translation>
    </message>
    <message>
        <source>Activity %1 already holds is recognised and not added twice.</source>
        <translation>La actividad que %1 ya contiene se reconoce y no se añade dos veces.</translation>
    </message>
    <message>
        <source>%1 already exists: the export will be added to it.</source>
        <translation>%1 ya existe: la exportación se añadirá a ese archivo.</translation>
    </message>
    <message>
        <source>Nothing is written before you have seen the preview.</source>
        <translation>No se escribe nada antes de que haya visto la vista previa.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::LeaderPicker</name>
    <message>
        <source>Type part of your name</source>
        <translation>Escriba parte de su nombre</translation>
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
        <translation>semana</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Líderes</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Time to first reply</source>
        <translation>Tiempo hasta la 1.ª respuesta</translation>
    </message>
    <message>
        <source>Reach by department</source>
        <translation>Alcance por departamento</translation>
    </message>
    <message>
        <source>Departments recognised and not</source>
        <translation>Departamentos reconocidos y no reconocidos</translation>
    </message>
    <message>
        <source>Unanswered staff questions</source>
        <translation>Preguntas del personal sin respuesta</translation>
    </message>
    <message>
        <source>Search leaders by name, e-mail or department</source>
        <translation>Buscar líderes por nombre, correo o departamento</translation>
    </message>
    <message>
        <source>Search leaders</source>
        <translation>Buscar líderes</translation>
    </message>
    <message>
        <source>Leaders summary</source>
        <translation>Resumen de líderes</translation>
    </message>
    <message>
        <source>Working out the leader&apos;s detail</source>
        <translation>Calculando el detalle del líder</translation>
    </message>
    <message>
        <source>Selected leader</source>
        <translation>Líder seleccionado</translation>
    </message>
    <message>
        <source>Leaders and their figures</source>
        <translation>Líderes y sus cifras</translation>
    </message>
    <message>
        <source>Messages per period</source>
        <translation>Mensajes/periodo</translation>
    </message>
    <message>
        <source>Posts, replies and recognitions per period</source>
        <translation>Publicaciones, respuestas y reconocimientos por periodo</translation>
    </message>
    <message>
        <source>Answered (%)</source>
        <translation>Respondidos (%)</translation>
    </message>
    <message>
        <source>Reply rate per period</source>
        <translation>Tasa de respuesta por periodo</translation>
    </message>
    <message>
        <source>Median hours to first reply</source>
        <translation>Horas (mediana)</translation>
    </message>
    <message>
        <source>Median time to first reply per period</source>
        <translation>Mediana de tiempo hasta la primera respuesta por periodo</translation>
    </message>
    <message>
        <source>Staff reached (%)</source>
        <translation>Personal alcanzado (%)</translation>
    </message>
    <message>
        <source>Share of each department&apos;s staff reached</source>
        <translation>Porcentaje alcanzado de la plantilla de cada departamento</translation>
    </message>
    <message>
        <source>Departments the leader recognised and did not</source>
        <translation>Departamentos que el líder reconoció y que no</translation>
    </message>
    <message>
        <source>Staff questions the leader has not answered</source>
        <translation>Preguntas del personal que el líder no ha respondido</translation>
    </message>
    <message>
        <source>No data yet: import an export (File &gt; Import…) or open the demo organisation (File &gt; Open the Demo Organisation).</source>
        <translation>Aún no hay datos: importe una exportación (Archivo &gt; Importar…) o abra la organización de demostración (Archivo &gt; Abrir la organización de demostración).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n leader(s), %1</source>
        <translation>
            <numerusform>%n líder, %1</numerusform>
            <numerusform>%n líderes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Every leader&apos;s figures, %1. Hover a number for what it counts; double-click it or press Enter to see how it was computed. Select a leader for their detail below.</source>
        <translation>Las cifras de todos los líderes, %1. Pase el puntero por un número para ver qué cuenta; haga doble clic en él o pulse Intro para ver cómo se calculó. Seleccione un líder para ver su detalle abajo.</translation>
    </message>
    <message>
        <source>No leaders in this data. Leaders are found by their title (VP, Director, Head of …) or the roster; the Data page sets anyone&apos;s role.</source>
        <translation>No hay líderes en estos datos. Los líderes se identifican por su cargo (VP, Director, Head of …) o por el listado de personal; la página Datos fija el rol de cualquier persona.</translation>
    </message>
    <message>
        <source>No leader matches “%1”: search for part of a name, an e-mail address or a department, or clear the search.</source>
        <translation>Ningún líder coincide con «%1»: busque parte de un nombre, una dirección de correo o un departamento, o borre la búsqueda.</translation>
    </message>
    <message>
        <source>Select a leader in the table to see their cadence, replies, reach and unanswered questions.</source>
        <translation>Seleccione un líder en la tabla para ver su ritmo, respuestas, alcance y preguntas sin respuesta.</translation>
    </message>
    <message>
        <source>%1 — %2 to %3</source>
        <translation>%1 — %2 a %3</translation>
    </message>
    <message>
        <source>This leader has no figures in this period: choose another leader or widen the date range in the filter bar.</source>
        <translation>Este líder no tiene cifras en este periodo: elija otro líder o amplíe el intervalo de fechas en la barra de filtros.</translation>
    </message>
    <message>
        <source>%1&apos;s posts, replies and recognitions per %2, %3. Double-click a point to see the messages.</source>
        <translation>Publicaciones, respuestas y reconocimientos de %1 por %2, %3. Haga doble clic en un punto para ver los mensajes.</translation>
    </message>
    <message>
        <source>%1 posted, replied and recognised no one in this period.</source>
        <translation>%1 no publicó, no respondió ni reconoció a nadie en este periodo.</translation>
    </message>
    <message>
        <source>Share of staff comments to %1 (replies in their threads, messages naming them) answered in the thread within %2 h, per %3, %4</source>
        <translation>Porcentaje de comentarios del personal a %1 (respuestas en sus hilos, mensajes que le nombran) respondidos en el hilo en %2 h, por %3, %4</translation>
    </message>
    <message>
        <source>No staff comments to %1 in this period: nothing to rate.</source>
        <translation>No hay comentarios del personal a %1 en este periodo: nada que evaluar.</translation>
    </message>
    <message>
        <source>Median hours from a staff comment to %1&apos;s first later reply in the thread, over the comments answered at all, per %2, %3</source>
        <translation>Mediana de horas desde un comentario del personal hasta la primera respuesta posterior de %1 en el hilo, entre los comentarios respondidos, por %2, %3</translation>
    </message>
    <message>
        <source>%1 answered no staff comment in this period.</source>
        <translation>%1 no respondió a ningún comentario del personal en este periodo.</translation>
    </message>
    <message>
        <source>No departments in this data: import a roster CSV (File &gt; Import…) to see whom %1 reaches and recognises.</source>
        <translation>No hay departamentos en estos datos: importe un CSV de personal (Archivo &gt; Importar…) para ver a quién llega y a quién reconoce %1.</translation>
    </message>
    <message>
        <source>Of each department&apos;s staff on %1, the share who replied or reacted to %2&apos;s posts, %3. Departments under %4 staff are left out.</source>
        <translation>De la plantilla de cada departamento el %1, el porcentaje que respondió o reaccionó a las publicaciones de %2, %3. Se excluyen los departamentos con menos de %4 empleados.</translation>
    </message>
    <message>
        <source>Every department has fewer than %1 staff: none can be shown.</source>
        <translation>Todos los departamentos tienen menos de %1 empleados: no se puede mostrar ninguno.</translation>
    </message>
    <message>
        <source>%1&apos;s recognitions by department, %2. Not recognised: departments with at least %3 staff in which %1 recognised no one.</source>
        <translation>Reconocimientos de %1 por departamento, %2. No reconocidos: departamentos con al menos %3 empleados en los que %1 no reconoció a nadie.</translation>
    </message>
    <message>
        <source>Here: %1.</source>
        <translation>En este caso: %1.</translation>
    </message>
    <message>
        <source>Staff questions to %1 (in their threads or naming them) asked %2 with no reply of %1 in the thread since, oldest first; waiting is counted to the end of the data (%3).</source>
        <translation>Preguntas del personal a %1 (en sus hilos o que le nombran) formuladas en el periodo %2 sin respuesta de %1 en el hilo desde entonces, de la más antigua a la más reciente; la espera se cuenta hasta el final de los datos (%3).</translation>
    </message>
    <message>
        <source>None: %1 has answered every staff question asked in this period.</source>
        <translation>Ninguna: %1 ha respondido a todas las preguntas del personal formuladas en este periodo.</translation>
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
        <translation>%1 (abierta en solo lectura)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a Goodwill activity database</source>
        <translation>Abrir una base de datos de actividad de Goodwill</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Organisation</source>
        <translation>Abrir la organización de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import an export from Slack, Viva Engage, Mattermost or Teams, or a roster</source>
        <translation>Importar una exportación de Slack, Viva Engage, Mattermost o Teams, o un listado de personal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtros</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the filter bar</source>
        <translation>Mover el foco del teclado a la barra de filtros</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About Goodwill</source>
        <translation>&amp;Acerca de Goodwill</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Open Activity Database</source>
        <translation>Abrir base de datos de actividad</translation>
    </message>
    <message>
        <source>Goodwill databases (*.goodwill);;SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Goodwill (*.goodwill);;Bases de datos SQLite (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 — Goodwill</source>
        <translation>%1 — Goodwill</translation>
    </message>
    <message>
        <source>Creating the demo organisation Brightwater: about 1,200 people and two years of conversations…</source>
        <translation>Creando la organización de demostración Brightwater: unas 1200 personas y dos años de conversaciones…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>My engagement</source>
        <translation>Mi participación</translation>
    </message>
    <message>
        <source>Town hall</source>
        <translation>Reunión general</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Líderes</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Goodwill could not restart. Quit and start it again to use the new language.</source>
        <translation>Goodwill no pudo reiniciarse. Salga y vuelva a iniciarlo para usar el nuevo idioma.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::ModelSettingsForm</name>
    <message>
        <source>Thresholds and weights</source>
        <translation>Umbrales y pesos</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Apl&amp;icar</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Reset to &amp;defaults</source>
        <translation>Re&amp;staurar predeterminados</translation>
    </message>
    <message>
        <source>Smallest department shown (k)</source>
        <translation>Departamento mínimo mostrado (k)</translation>
    </message>
    <message>
        <source>A department with fewer staff than this on a day shows no figure at all</source>
        <translation>Un departamento con menos empleados que este valor en un día no muestra ninguna cifra</translation>
    </message>
    <message>
        <source>Fewest writers for tone (k text)</source>
        <translation>Mínimo de autores para el tono (k texto)</translation>
    </message>
    <message>
        <source>Tone (T4) is hidden unless at least this many of a department&apos;s staff wrote in the window</source>
        <translation>El tono (T4) se oculta salvo que hayan escrito en la ventana al menos este número de empleados del departamento</translation>
    </message>
    <message>
        <source>Window (days)</source>
        <translation>Ventana (días)</translation>
    </message>
    <message>
        <source>Every signal is computed over this many days ending on the day shown</source>
        <translation>Cada señal se calcula sobre este número de días, hasta el día mostrado</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Reply window (hours)</source>
        <translation>Plazo de respuesta (horas)</translation>
    </message>
    <message>
        <source>A staff comment counts as answered when a leader replies in the thread within this many hours</source>
        <translation>Un comentario del personal cuenta como respondido cuando un líder responde en el hilo dentro de este número de horas</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Smallest department shown (&amp;k):</source>
        <translation>Departamento mínimo mostrado (&amp;k):</translation>
    </message>
    <message>
        <source>Fewest writers for &amp;tone:</source>
        <translation>Mínimo de autores para el &amp;tono:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Venta&amp;na:</translation>
    </message>
    <message>
        <source>&amp;Reply window:</source>
        <translation>P&amp;lazo de respuesta:</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Peso de %1</translation>
    </message>
    <message>
        <source>The weight of %1 in the ECI (the weights of the pillars with a value are renormalised)</source>
        <translation>El peso de %1 en el ECI (los pesos de los pilares con valor se renormalizan)</translation>
    </message>
    <message>
        <source>Weight of %1:</source>
        <translation>Peso de %1:</translation>
    </message>
    <message>
        <source>Privacy thresholds, the window of every signal, the reply window and the weight of each pillar in the ECI</source>
        <translation>Umbrales de privacidad, la ventana de cada señal, el plazo de respuesta y el peso de cada pilar en el ECI</translation>
    </message>
    <message>
        <source>Signal floors, targets and weights</source>
        <translation>Suelos, metas y pesos de las señales</translation>
    </message>
    <message>
        <source>A signal scores 0 at its floor and 100 at its target; its weight counts within its pillar. Changed values are bold. Double-click a value to edit it.</source>
        <translation>Una señal puntúa 0 en su suelo y 100 en su meta; su peso cuenta dentro de su pilar. Los valores modificados aparecen en negrita. Haga doble clic en un valor para editarlo.</translation>
    </message>
    <message>
        <source>Save the changed settings to your model file and work every figure out again</source>
        <translation>Guardar los ajustes modificados en su archivo de modelo y recalcular todas las cifras</translation>
    </message>
    <message>
        <source>Drop the changes not applied yet</source>
        <translation>Descartar los cambios aún no aplicados</translation>
    </message>
    <message>
        <source>Remove your model file: every setting goes back to the default and the figures are worked out again</source>
        <translation>Eliminar su archivo de modelo: todos los ajustes vuelven al valor predeterminado y se recalculan las cifras</translation>
    </message>
    <message>
        <source>Your settings: %1 (anything not in it keeps the default)</source>
        <translation>Sus ajustes: %1 (lo que no figure en él conserva el valor predeterminado)</translation>
    </message>
    <message>
        <source>The default model is in use; Apply saves your changes to %1</source>
        <translation>Se usa el modelo predeterminado; «Aplicar» guarda sus cambios en %1</translation>
    </message>
    <message>
        <source>At least one pillar needs a weight above 0, or there is no ECI.</source>
        <translation>Al menos un pilar necesita un peso mayor que 0, o no hay ECI.</translation>
    </message>
    <message>
        <source>Applied. Every figure is being worked out again with these settings.</source>
        <translation>Aplicado. Se están recalculando todas las cifras con estos ajustes.</translation>
    </message>
    <message>
        <source>Back to the defaults. Every figure is being worked out again.</source>
        <translation>Valores predeterminados restaurados. Se están recalculando todas las cifras.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::OverviewPage</name>
    <message>
        <source>Emotional capital</source>
        <translation>Capital emocional</translation>
    </message>
    <message>
        <source>The four pillars</source>
        <translation>Los cuatro pilares</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Emotional capital (ECI)</source>
        <translation>Capital emocional (ECI)</translation>
    </message>
    <message>
        <source>The organisation&apos;s emotional-capital index, 0–100, on the last day: the weighted mean of authenticity, pride, attachment and fun over the trailing window. Double-click to see how it was computed.</source>
        <translation>El índice de capital emocional de la organización, 0–100, el último día: la media ponderada de autenticidad, orgullo, vínculo y diversión en la ventana móvil. Haga doble clic para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>Leader posts</source>
        <translation>Publicaciones de líderes</translation>
    </message>
    <message>
        <source>Posts by all leaders in the period, against the period of equal length before it</source>
        <translation>Publicaciones de todos los líderes en el periodo, frente al periodo anterior de igual duración</translation>
    </message>
    <message>
        <source>Leader replies</source>
        <translation>Respuestas de líderes</translation>
    </message>
    <message>
        <source>Replies by all leaders in the period, against the period of equal length before it</source>
        <translation>Respuestas de todos los líderes en el periodo, frente al periodo anterior de igual duración</translation>
    </message>
    <message>
        <source>Recognitions by leaders</source>
        <translation>Reconocimientos de líderes</translation>
    </message>
    <message>
        <source>Recognitions given by leaders in the period (one per message), against the period before</source>
        <translation>Reconocimientos dados por líderes en el periodo (uno por mensaje), frente al periodo anterior</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>Staff questions to leaders (on their threads or naming them) that the leader answered in the thread within the reply window, as a share of all such questions</source>
        <translation>Preguntas del personal a líderes (en sus hilos o que les nombran) que el líder respondió en el hilo dentro del plazo de respuesta, como porcentaje de todas esas preguntas</translation>
    </message>
    <message>
        <source>Staff recognised</source>
        <translation>Personal reconocido</translation>
    </message>
    <message>
        <source>Share of staff recognised at least once in the trailing window ending on the last day (signal P1). Double-click to see how it was computed.</source>
        <translation>Porcentaje del personal reconocido al menos una vez en la ventana móvil que termina el último día (señal P1). Haga doble clic para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>ECI (0–100)</source>
        <translation>ECI (0–100)</translation>
    </message>
    <message>
        <source>At each period end, over the trailing window; the shaded band is the 80% range</source>
        <translation>En cada cierre de periodo, en la ventana móvil; la banda sombreada es el intervalo del 80&#xa0;%</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Puntuación (0–100)</translation>
    </message>
    <message>
        <source>On the last day</source>
        <translation>El último día</translation>
    </message>
    <message>
        <source>ECI on the last day, its change since the previous period end, and its trend; sorted by the change</source>
        <translation>ECI el último día, su cambio desde el cierre del periodo anterior y su tendencia; ordenado por el cambio</translation>
    </message>
    <message>
        <source>Falls in the ECI or a pillar, newest first</source>
        <translation>Bajadas del ECI o de un pilar, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>No activity in this period. Choose a longer period above, or import more data (File &gt; Import).</source>
        <translation>No hay actividad en este periodo. Elija arriba un periodo más largo o importe más datos (Archivo &gt; Importar).</translation>
    </message>
    <message>
        <source>No departments yet: attach a roster when you import (File &gt; Import), or open the demo.</source>
        <translation>Aún no hay departamentos: adjunte un listado de personal al importar (Archivo &gt; Importar) o abra la demostración.</translation>
    </message>
    <message>
        <source>No falls in the ECI or a pillar in this period.</source>
        <translation>No hay bajadas del ECI ni de ningún pilar en este periodo.</translation>
    </message>
    <message>
        <source>on the period before</source>
        <translation>respecto al periodo anterior</translation>
    </message>
    <message>
        <source>since the last period end</source>
        <translation>desde el último cierre de periodo</translation>
    </message>
    <message>
        <source>over a year</source>
        <translation>en un año</translation>
    </message>
    <message>
        <source>no staff questions to leaders</source>
        <translation>sin preguntas del personal a líderes</translation>
    </message>
    <message>
        <source>What the total leaves out</source>
        <translation>Lo que el total excluye</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::Panel</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export or copy</source>
        <translation>Exportar o copiar</translation>
    </message>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>Exportar como &amp;PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>Exportar como &amp;SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>&amp;Copiar imagen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Copy Table</source>
        <translation>Co&amp;piar tabla</translation>
    </message>
    <message>
        <source>Nothing to export from %1</source>
        <translation>No hay nada que exportar de %1</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Export as CS&amp;V…</source>
        <translation>Exportar como CS&amp;V…</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::PreferencesDialog</name>
    <message>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>The new language takes effect when Goodwill restarts.</source>
        <translation>El nuevo idioma se aplicará cuando Goodwill se reinicie.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::RecognitionPage</name>
    <message>
        <source>Recognition by leader</source>
        <translation>Reconocimiento por líder</translation>
    </message>
    <message>
        <source>Recognised share by department</source>
        <translation>Porcentaje reconocido por departamento</translation>
    </message>
    <message>
        <source>Blind spots</source>
        <translation>Puntos ciegos</translation>
    </message>
    <message>
        <source>Recent recognitions</source>
        <translation>Reconocimientos recientes</translation>
    </message>
    <message>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <source>Recognition summary</source>
        <translation>Resumen de reconocimiento</translation>
    </message>
    <message>
        <source>Working out the recognitions</source>
        <translation>Calculando los reconocimientos</translation>
    </message>
    <message>
        <source>Recognitions by leader and department</source>
        <translation>Reconocimientos por líder y departamento</translation>
    </message>
    <message>
        <source>Departments no leader recognised</source>
        <translation>Departamentos que ningún líder reconoció</translation>
    </message>
    <message>
        <source>Staff recognised (%)</source>
        <translation>Reconocidos (%)</translation>
    </message>
    <message>
        <source>Recognised share by department over time</source>
        <translation>Porcentaje reconocido por departamento a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No data yet: import an export (File &gt; Import…) or open the demo organisation (File &gt; Open the Demo Organisation).</source>
        <translation>Aún no hay datos: importe una exportación (Archivo &gt; Importar…) o abra la organización de demostración (Archivo &gt; Abrir la organización de demostración).</translation>
    </message>
    <message>
        <source>Share of staff recognised at least once in the %1 days to each period end (P1), %: the whole selection and the %2 departments lowest on %3. Choose departments in the filter bar to see others.</source>
        <translation>Porcentaje del personal reconocido al menos una vez en los %1 días hasta cada cierre de periodo (P1), %: toda la selección y los %2 departamentos con el valor más bajo el %3. Elija departamentos en la barra de filtros para ver otros.</translation>
    </message>
    <message>
        <source>Share of staff recognised at least once in the %1 days to each period end (P1), %. Gaps: hidden to protect privacy, or too few staff. Double-click a point to see how it is counted.</source>
        <translation>Porcentaje del personal reconocido al menos una vez en los %1 días hasta cada cierre de periodo (P1), %. Huecos: ocultos para proteger la privacidad, o con muy pocos empleados. Haga doble clic en un punto para ver cómo se cuenta.</translation>
    </message>
    <message>
        <source>No department figures for this period: widen the date range in the filter bar.</source>
        <translation>No hay cifras de departamentos para este periodo: amplíe el intervalo de fechas en la barra de filtros.</translation>
    </message>
    <message>
        <source>No activity in this period: widen the date range in the filter bar.</source>
        <translation>No hay actividad en este periodo: amplíe el intervalo de fechas en la barra de filtros.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1: %2 recognitions, %3 of them by leaders.</source>
        <translation>%1: %2 reconocimientos, %3 de ellos de líderes.</translation>
    </message>
    <message>
        <source>No leader recognised anyone in %1.</source>
        <translation>Ningún líder reconoció a nadie de %1.</translation>
    </message>
    <message>
        <source>Recognitions each leader gave to people of each department, %1: one per person recognised, by the department they were in on the day. Hatched columns are hidden to protect privacy. Double-click a leader&apos;s total to see how it is counted.</source>
        <translation>Reconocimientos que cada líder dio a personas de cada departamento, %1: uno por persona reconocida, según el departamento en el que estaba ese día. Las columnas rayadas están ocultas para proteger la privacidad. Haga doble clic en el total de un líder para ver cómo se cuenta.</translation>
    </message>
    <message>
        <source>Departments with at least %1 staff that no leader recognised, %2</source>
        <translation>Departamentos con al menos %1 empleados que ningún líder reconoció, %2</translation>
    </message>
    <message>
        <source>The latest recognitions, %1, newest first (at most %2)</source>
        <translation>Los reconocimientos más recientes, %1, del más reciente al más antiguo (como máximo %2)</translation>
    </message>
    <message>
        <source>No leaders in this data. Leaders are found by their title (VP, Director, Head of …) or the roster; the Data page sets anyone&apos;s role.</source>
        <translation>No hay líderes en estos datos. Los líderes se identifican por su cargo (VP, Director, Head of …) o por el listado de personal; la página Datos fija el rol de cualquier persona.</translation>
    </message>
    <message>
        <source>No departments in this data: import a roster CSV (File &gt; Import…) to see whom the leaders recognise.</source>
        <translation>No hay departamentos en estos datos: importe un CSV de personal (Archivo &gt; Importar…) para ver a quién reconocen los líderes.</translation>
    </message>
    <message>
        <source>None of the chosen departments has staff in this period: choose others in the filter bar.</source>
        <translation>Ninguno de los departamentos elegidos tiene plantilla en este periodo: elija otros en la barra de filtros.</translation>
    </message>
    <message>
        <source>None: a leader recognised someone in every department shown, %1.</source>
        <translation>Ninguno: un líder reconoció a alguien en todos los departamentos mostrados, %1.</translation>
    </message>
    <message>
        <source>No recognitions in this period: widen the date range or choose other channels in the filter bar.</source>
        <translation>No hay reconocimientos en este periodo: amplíe el intervalo de fechas o elija otros canales en la barra de filtros.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::SummaryPage</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Staff, leaders and guests in the database (bots are not counted)</source>
        <translation>Personal, líderes e invitados de la base de datos (no se cuentan los bots)</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Líderes</translation>
    </message>
    <message>
        <source>People whose role is leader: from the roster, their title, or your override</source>
        <translation>Personas cuyo rol es líder: según el listado de personal, su cargo o su ajuste manual</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departamentos</translation>
    </message>
    <message>
        <source>Departments named by the roster or the imported sources</source>
        <translation>Departamentos nombrados por el listado de personal o por las fuentes importadas</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Channels, communities and groups across all sources</source>
        <translation>Canales, comunidades y grupos de todas las fuentes</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Posts, replies, reactions and recognitions across all sources</source>
        <translation>Publicaciones, respuestas, reacciones y reconocimientos de todas las fuentes</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Abrir una base de datos…</translation>
    </message>
    <message>
        <source>Open the demo organisation</source>
        <translation>Abrir la organización de demostración</translation>
    </message>
    <message>
        <source>%1 holds no activity yet.
Import an export from your platform into it, or open the demo organisation to look around.</source>
        <translation>%1 aún no contiene actividad.
Importe en ella una exportación de su plataforma, o abra la organización de demostración para echar un vistazo.</translation>
    </message>
    <message>
        <source>%1 to %2 · sources: %3</source>
        <translation>%1 a %2 · fuentes: %3</translation>
    </message>
    <message>
        <source> · read-only</source>
        <translation> · solo lectura</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::TownHallPage</name>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Pseudonymise staff</source>
        <translation>Seudonimizar al personal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Risers and fallers</source>
        <translation>Subidas y bajadas</translation>
    </message>
    <message>
        <source>Change in emotional capital</source>
        <translation>Cambio en el capital emocional</translation>
    </message>
    <message>
        <source>Open staff questions by theme</source>
        <translation>Preguntas abiertas del personal por tema</translation>
    </message>
    <message>
        <source>Shout-out candidates: people</source>
        <translation>Candidatos a destacar: personas</translation>
    </message>
    <message>
        <source>Shout-out candidates: teams</source>
        <translation>Candidatos a destacar: equipos</translation>
    </message>
    <message>
        <source>Leaders&apos; responsiveness</source>
        <translation>Capacidad de respuesta de los líderes</translation>
    </message>
    <message>
        <source>Town-hall brief</source>
        <translation>Dosier de la reunión general</translation>
    </message>
    <message>
        <source>Town-hall brief: audience and period</source>
        <translation>Dosier de la reunión general: audiencia y periodo</translation>
    </message>
    <message>
        <source>Working out the town-hall brief</source>
        <translation>Calculando el dosier de la reunión general</translation>
    </message>
    <message>
        <source>Write the brief as a PDF report, with the filters, the sources and a checksum of the data on its last page</source>
        <translation>Escribir el dosier como informe PDF, con los filtros, las fuentes y una suma de comprobación de los datos en la última página</translation>
    </message>
    <message>
        <source>Export the town-hall brief as PDF</source>
        <translation>Exportar el dosier de la reunión general como PDF</translation>
    </message>
    <message>
        <source>In the PDF, name staff as “Staff member (Department)”; leaders keep their names</source>
        <translation>En el PDF, nombrar al personal como «Empleado (Departamento)»; los líderes conservan su nombre</translation>
    </message>
    <message>
        <source>Summary of the town-hall brief</source>
        <translation>Resumen del dosier de la reunión general</translation>
    </message>
    <message>
        <source>Every sentence is made from figures in the tables below</source>
        <translation>Cada frase se construye con cifras de las tablas de abajo</translation>
    </message>
    <message>
        <source>Departments whose emotional capital rose or fell most</source>
        <translation>Departamentos cuyo capital emocional más subió o bajó</translation>
    </message>
    <message>
        <source>Change in ECI (points)</source>
        <translation>Cambio del ECI (puntos)</translation>
    </message>
    <message>
        <source>Change in emotional capital by department</source>
        <translation>Cambio en el capital emocional por departamento</translation>
    </message>
    <message>
        <source>Themes of the staff questions still open</source>
        <translation>Temas de las preguntas del personal aún abiertas</translation>
    </message>
    <message>
        <source>People recognised by several colleagues</source>
        <translation>Personas reconocidas por varios compañeros</translation>
    </message>
    <message>
        <source>Teams recognised in public channels</source>
        <translation>Equipos reconocidos en canales públicos</translation>
    </message>
    <message>
        <source>No data yet: import an export (File &gt; Import…) or open the demo organisation (File &gt; Open the Demo Organisation).</source>
        <translation>Aún no hay datos: importe una exportación (Archivo &gt; Importar…) o abra la organización de demostración (Archivo &gt; Abrir la organización de demostración).</translation>
    </message>
    <message>
        <source>No activity in this period: widen the date range in the filter bar.</source>
        <translation>No hay actividad en este periodo: amplíe el intervalo de fechas en la barra de filtros.</translation>
    </message>
    <message>
        <source>Town-hall brief: %1</source>
        <translation>Dosier de la reunión general: %1</translation>
    </message>
    <message>
        <source>The data does not reach a whole window of %1 days before this period: choose a later start in the filter bar to compare the emotional capital.</source>
        <translation>Los datos no abarcan una ventana completa de %1 días antes de este periodo: elija un inicio posterior en la barra de filtros para comparar el capital emocional.</translation>
    </message>
    <message>
        <source>ECI over the %1 days to %2 against the %1 days to %3; the pillar that moved most the same way. Double-click a figure to see how it was computed.%4</source>
        <translation>ECI en los %1 días hasta el %2 frente a los %1 días hasta el %3; el pilar que más varió en el mismo sentido. Haga doble clic en una cifra para ver cómo se calculó.%4</translation>
    </message>
    <message>
        <source>ECI after minus before, in points</source>
        <translation>ECI después menos antes, en puntos</translation>
    </message>
    <message>
        <source>%1 staff questions to leaders from %2 people are still waiting for an answer. A theme is a word shared by questions from at least %3 different people (privacy); expand a theme for the oldest examples.</source>
        <translation>%1 preguntas del personal a líderes, de %2 personas, siguen esperando respuesta. Un tema es una palabra que comparten preguntas de al menos %3 personas distintas (privacidad); despliegue un tema para ver los ejemplos más antiguos.</translation>
    </message>
    <message>
        <source>No staff question to a leader is waiting for an answer in this period.</source>
        <translation>Ninguna pregunta del personal a un líder espera respuesta en este periodo.</translation>
    </message>
    <message>
        <source>The questions&apos; text could not be read from the database.</source>
        <translation>No se pudo leer de la base de datos el texto de las preguntas.</translation>
    </message>
    <message>
        <source>No word is shared by open questions from %1 or more different people, so no theme is shown (privacy). The Leaders page lists each leader&apos;s questions.</source>
        <translation>Ninguna palabra aparece en preguntas abiertas de %1 o más personas distintas, así que no se muestra ningún tema (privacidad). La página Líderes lista las preguntas de cada líder.</translation>
    </message>
    <message>
        <source>Recognitions in public channels (announcement, recognition, social, Q&amp;A)</source>
        <translation>Reconocimientos en canales públicos (anuncios, reconocimiento, sociales, preguntas y respuestas)</translation>
    </message>
    <message>
        <source>%1 by at least %2 different people, listed by name</source>
        <translation>%1, de al menos %2 personas distintas, ordenados por nombre</translation>
    </message>
    <message>
        <source>Nobody was recognised by at least %1 different people in public channels in this period.</source>
        <translation>Nadie fue reconocido por al menos %1 personas distintas en canales públicos en este periodo.</translation>
    </message>
    <message>
        <source>%1, per member of staff</source>
        <translation>%1, por empleado</translation>
    </message>
    <message>
        <source>No team was recognised in a public channel in this period, or those recognised are too small to show.</source>
        <translation>Ningún equipo fue reconocido en un canal público en este periodo, o los reconocidos son demasiado pequeños para mostrarlos.</translation>
    </message>
    <message>
        <source>Reply rate (within %1 hours) and median time to the first reply over the period, from all staff; questions from the audience still unanswered. Double-click a figure to see how it was computed.</source>
        <translation>Tasa de respuesta (en %1 horas) y mediana del tiempo hasta la primera respuesta en el periodo, con todo el personal; preguntas de la audiencia aún sin respuesta. Haga doble clic en una cifra para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>No staff comments to leaders in this period: widen the date range or choose other departments.</source>
        <translation>No hay comentarios del personal a líderes en este periodo: amplíe el intervalo de fechas o elija otros departamentos.</translation>
    </message>
    <message>
        <source>Export the Town-Hall Brief as PDF</source>
        <translation>Exportar el dosier de la reunión general como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Nothing to export yet: the brief is still being worked out.</source>
        <translation>Aún no hay nada que exportar: el dosier todavía se está calculando.</translation>
    </message>
</context>
<context>
    <name>goodwill::ui::TrendChartView</name>
    <message>
        <source>%1 (80% band)</source>
        <translation>%1 (banda del 80&#xa0;%)</translation>
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
        <translation>Guía del usuario de Goodwill</translation>
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
        <translation>Uso:   goodwill [ARCHIVO]
       goodwill demo --out ARCHIVO [--people N] [--months M] [--seed S]
       goodwill import ORIGEN... --into ARCHIVO [--roster ARCHIVO]
               [--format auto|slack|engage|mattermost|teams|csv|jsonl]
               [--slack-department-field ID] [--report-json ARCHIVO]
       goodwill check ARCHIVO
       goodwill report --db ARCHIVO --kind departments|leaders --out ARCHIVO
               [--format json|csv] [--from FECHA] [--to FECHA]
               [--granularity week|month|quarter] [--departments A,B]
       goodwill report --db ARCHIVO --kind leader --leader CORREO --out ARCHIVO.pdf
       goodwill report --db ARCHIVO --kind townhall --out ARCHIVO.pdf
               [--from FECHA] [--to FECHA] [--departments A,B] [--pseudonymise]

Goodwill muestra cómo se relacionan los líderes con su gente en las redes sociales
internas y qué efecto tiene en la buena voluntad de cada departamento. Todo se queda en este equipo.

Sin un verbo, Goodwill abre su ventana con ARCHIVO, con la última base de datos usada o,
la primera vez, con una organización de demostración que crea.

Verbos:
  demo    escribe la organización de demostración Brightwater en una base de datos nueva
          (--people 1200, --months 24, --seed 42 de forma predeterminada)
  import  importa exportaciones y un listado de personal en una base de datos (se crea si
          no existe); todo o nada: ante cualquier error, la base de datos queda como estaba
  check   comprueba una base de datos: integridad, versión del esquema, filas por tabla
  report  escribe el capital emocional de los departamentos o las cifras de los líderes en
          JSON o CSV, o el informe de participación de un líder o un dosier de reunión general en PDF

Opciones:
  -h, --help     muestra esta ayuda
  -v, --version  muestra la versión

Códigos de salida: 0 éxito, 1 el fallo está en el archivo o en los datos, 2 error de uso.
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see goodwill --help)</source>
        <translation>comando desconocido «%1» (consulte goodwill --help)</translation>
    </message>
</context>
</TS>
