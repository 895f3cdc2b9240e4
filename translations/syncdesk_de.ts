<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Cli</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Siehe &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>Wrong number of arguments.</source>
        <translation>Falsche Anzahl von Argumenten.</translation>
    </message>
    <message>
        <source>syncdesk-cli conflicts list: every conflict with its DecisionCard state, severity, object, recommendation and decision.</source>
        <translation>syncdesk-cli conflicts list: jeder Konflikt mit dem Zustand seiner Entscheidungskarte, Schweregrad, Objekt, Empfehlung und Entscheidung.</translation>
    </message>
    <message>
        <source>The workspace store folder.</source>
        <translation>Der Ordner des Arbeitsbereich-Speichers.</translation>
    </message>
    <message>
        <source>Only conflicts waiting for a decision.</source>
        <translation>Nur Konflikte, die auf eine Entscheidung warten.</translation>
    </message>
    <message>
        <source>Only conflicts already decided.</source>
        <translation>Nur bereits entschiedene Konflikte.</translation>
    </message>
    <message>
        <source>Print JSON for machines.</source>
        <translation>JSON für Programme ausgeben.</translation>
    </message>
    <message>
        <source>--pending and --decided exclude each other.</source>
        <translation>--pending und --decided schließen einander aus.</translation>
    </message>
    <message>
        <source>CONFLICT</source>
        <translation>KONFLIKT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>RECOMMENDED</source>
        <translation>EMPFOHLEN</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>ENTSCHEIDUNG</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 Konflikte</translation>
    </message>
    <message>
        <source>--%1 expects a whole number of at least 0, got &apos;%2&apos;.</source>
        <translation>--%1 erwartet eine ganze Zahl ab 0, erhalten: &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>syncdesk-cli demo-store: writes a realistic demo workspace store into DIR (created if missing; an existing folder must be empty).
The same options and seed always give the same bytes. The store holds every operation type and status, retried tasks, pending and decided conflicts, allow/deny/review policies, and on purpose one tampered evidence envelope and a few references to missing evidence.</source>
        <translation>syncdesk-cli demo-store: schreibt einen realistischen Demo-Arbeitsbereich-Speicher nach DIR (wird bei Bedarf angelegt; ein vorhandener Ordner muss leer sein).
Dieselben Optionen und derselbe Startwert ergeben immer dieselben Bytes. Der Speicher enthält jeden Vorgangstyp und -status, wiederholte Aufgaben, offene und entschiedene Konflikte, Richtlinien zum Erlauben, Verweigern und Prüfen sowie absichtlich einen manipulierten Nachweisumschlag und einige Verweise auf fehlende Nachweise.</translation>
    </message>
    <message>
        <source>The folder to write the store into.</source>
        <translation>Der Ordner, in den der Speicher geschrieben wird.</translation>
    </message>
    <message>
        <source>Number of workspace operations (default %1).</source>
        <translation>Anzahl der Arbeitsbereich-Vorgänge (Standard %1).</translation>
    </message>
    <message>
        <source>Number of operation tasks (default: about 1.4 per operation).</source>
        <translation>Anzahl der Aufgaben (Standard: etwa 1,4 je Vorgang).</translation>
    </message>
    <message>
        <source>Number of conflicts (default %1).</source>
        <translation>Anzahl der Konflikte (Standard %1).</translation>
    </message>
    <message>
        <source>Number of evidence envelopes (default: one per ten operations, at least 8).</source>
        <translation>Anzahl der Nachweisumschläge (Standard: einer je zehn Vorgänge, mindestens 8).</translation>
    </message>
    <message>
        <source>Seed of the generator (default %1).</source>
        <translation>Startwert des Generators (Standard %1).</translation>
    </message>
    <message>
        <source>--seed expects a whole number from 0 to 18446744073709551615, got &apos;%1&apos;.</source>
        <translation>--seed erwartet eine ganze Zahl von 0 bis 18446744073709551615, erhalten: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Wrote a demo store to %1: %2 operations, %3 tasks, %4 conflicts, %5 evidence envelopes (seed %6).</source>
        <translation>Demo-Speicher nach %1 geschrieben: %2 Vorgänge, %3 Aufgaben, %4 Konflikte, %5 Nachweisumschläge (Startwert %6).</translation>
    </message>
    <message>
        <source>not an evidence envelope (schema %1)</source>
        <translation>kein Nachweisumschlag (Schema %1)</translation>
    </message>
    <message>
        <source>An envelope file or a store.</source>
        <translation>Eine Umschlagdatei oder ein Speicher.</translation>
    </message>
    <message>
        <source>not readable as an evidence envelope</source>
        <translation>nicht als Nachweisumschlag lesbar</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1 envelopes: %2 ok, %3 tampered, %4 invalid; %5 missing references</source>
        <translation>%1 Umschläge: %2 in Ordnung, %3 manipuliert, %4 ungültig; %5 fehlende Verweise</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options]

Reads and checks a SourceOS workspace store.

Commands:
  validate [--strict] [--json] PATH...   check records, folders or a store
  store summary STORE [--json]           counts, generation, problems
  conflicts list STORE [--pending|--decided] [--json]
  evidence verify PATH [--json]          check envelope digests
  resolve STORE --conflict ID --option merge|fork|skip --actor ACTOR
          [--rationale TEXT] [--dry-run] [--json]
  resolve STORE --batch FILE [--dry-run] [--json]
  demo-store DIR [--operations N] [--tasks N] [--conflicts N] [--evidence N]
          [--seed S]

&apos;%1 COMMAND --help&apos; explains a command. Exit status: 0 ok, 1 findings or refusals, 2 usage or I/O error.
</source>
        <translation>Aufruf: %1 BEFEHL [Optionen]

Liest und prüft einen SourceOS-Arbeitsbereich-Speicher.

Befehle:
  validate [--strict] [--json] PATH...   Datensätze, Ordner oder einen Speicher prüfen
  store summary STORE [--json]           Anzahlen, Generation, Probleme
  conflicts list STORE [--pending|--decided] [--json]
  evidence verify PATH [--json]          Prüfsummen von Umschlägen prüfen
  resolve STORE --conflict ID --option merge|fork|skip --actor ACTOR
          [--rationale TEXT] [--dry-run] [--json]
  resolve STORE --batch FILE [--dry-run] [--json]
  demo-store DIR [--operations N] [--tasks N] [--conflicts N] [--evidence N]
          [--seed S]

&apos;%1 BEFEHL --help&apos; erklärt einen Befehl. Exit-Status: 0 in Ordnung, 1 Befunde oder Ablehnungen, 2 Aufruf- oder E/A-Fehler.
</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the batch must be a JSON array of decisions</source>
        <translation>%1: der Stapel muss ein JSON-Array von Entscheidungen sein</translation>
    </message>
    <message>
        <source>%1: decision %2 lacks &quot;%3&quot;</source>
        <translation>%1: Entscheidung %2 fehlt „%3“</translation>
    </message>
    <message>
        <source>%1: decision %2: &quot;%3&quot; must be a string</source>
        <translation>%1: Entscheidung %2: „%3“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>syncdesk-cli resolve: applies decisions on pending conflicts under the store&apos;s writer lock: an evidence envelope, the decided conflict, a queued sync.conflict.resolve operation and its task, one journal line each, and the generation bump, all atomic and durable. The same decision twice is a no-op.
Either --conflict, --option and --actor, or --batch FILE (a JSON array of {&quot;conflict&quot;, &quot;option&quot;, &quot;actor&quot;, &quot;rationale&quot;}).
Exit 0 when every decision is applied or already applied, 1 when any is refused, 2 on usage or I/O errors.</source>
        <translation>syncdesk-cli resolve: wendet Entscheidungen zu offenen Konflikten unter der Schreibsperre des Speichers an: ein Nachweisumschlag, der entschiedene Konflikt, ein eingereihter Vorgang sync.conflict.resolve mit seiner Aufgabe, je eine Journalzeile und die Erhöhung der Generation, alles atomar und dauerhaft. Dieselbe Entscheidung zweimal bewirkt nichts.
Entweder --conflict, --option und --actor oder --batch FILE (ein JSON-Array aus {&quot;conflict&quot;, &quot;option&quot;, &quot;actor&quot;, &quot;rationale&quot;}).
Exit-Status 0, wenn jede Entscheidung angewendet wurde oder schon angewendet war, 1, wenn eine abgelehnt wurde, 2 bei Aufruf- oder E/A-Fehlern.</translation>
    </message>
    <message>
        <source>The conflict id.</source>
        <translation>Die Kennung des Konflikts.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>merge, fork or skip.</source>
        <translation>merge, fork oder skip.</translation>
    </message>
    <message>
        <source>OPTION</source>
        <translation>OPTION</translation>
    </message>
    <message>
        <source>The deciding actor&apos;s id.</source>
        <translation>Die Kennung des entscheidenden Akteurs.</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>A JSON file of decisions.</source>
        <translation>Eine JSON-Datei mit Entscheidungen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Check every decision, write nothing.</source>
        <translation>Jede Entscheidung prüfen, nichts schreiben.</translation>
    </message>
    <message>
        <source>How long to wait for another writer&apos;s lock (default 3000).</source>
        <translation>Wie lange auf die Schreibsperre eines anderen Programms gewartet wird (Standard 3000).</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Decisions made durable per step (default 64); each step ends with one journal append.</source>
        <translation>Pro Schritt dauerhaft gemachte Entscheidungen (Standard 64); jeder Schritt endet mit einem Anhang an das Journal.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Give either --batch FILE or --conflict, --option and --actor.</source>
        <translation>Entweder --batch FILE oder --conflict, --option und --actor angeben.</translation>
    </message>
    <message>
        <source>--conflict, --option and --actor go together.</source>
        <translation>--conflict, --option und --actor gehören zusammen.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos; for %2: use merge, fork or skip.</source>
        <translation>Unbekannte Option &apos;%1&apos; für %2: merge, fork oder skip verwenden.</translation>
    </message>
    <message>
        <source>--chunk takes a positive number.</source>
        <translation>--chunk erwartet eine positive Zahl.</translation>
    </message>
    <message>
        <source>--wait takes milliseconds.</source>
        <translation>--wait erwartet Millisekunden.</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: kein solcher Ordner</translation>
    </message>
    <message>
        <source>Dry run: %1 would be applied, %2 already applied, %3 refused</source>
        <translation>Probelauf: %1 würden angewendet, %2 bereits angewendet, %3 abgelehnt</translation>
    </message>
    <message>
        <source>%1 applied, %2 already applied, %3 refused</source>
        <translation>%1 angewendet, %2 bereits angewendet, %3 abgelehnt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>syncdesk-cli store summary: counts per registry, conflicts pending and decided, operations and tasks by status, problems, generation and journal events.
Reads the store without changing it. Exit 1 when the store has errors.</source>
        <translation>syncdesk-cli store summary: Anzahlen je Verzeichnis, offene und entschiedene Konflikte, Vorgänge und Aufgaben nach Status, Probleme, Generation und Journal-Ereignisse.
Liest den Speicher, ohne ihn zu verändern. Exit-Status 1, wenn der Speicher Fehler hat.</translation>
    </message>
    <message>
        <source>Store:        %1</source>
        <translation>Speicher:     %1</translation>
    </message>
    <message>
        <source>Generation:   %1 (last known good %2), backend %3</source>
        <translation>Generation:   %1 (zuletzt bekannt gut %2), Backend %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Journal:      %1 events, %2 corrupt lines%3</source>
        <translation>Journal:      %1 Ereignisse, %2 beschädigte Zeilen%3</translation>
    </message>
    <message>
        <source>, torn last line</source>
        <translation>, abgerissene letzte Zeile</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Datensätze:</translation>
    </message>
    <message>
        <source>Conflicts:    %1 (%2 pending, %3 decided, %4 invalid)</source>
        <translation>Konflikte:    %1 (%2 offen, %3 entschieden, %4 ungültig)</translation>
    </message>
    <message>
        <source>Operations:   %1</source>
        <translation>Vorgänge:     %1</translation>
    </message>
    <message>
        <source>Tasks:        %1</source>
        <translation>Aufgaben:     %1</translation>
    </message>
    <message>
        <source>Evidence:     %1 verified, %2 tampered, %3 invalid, %4 missing references</source>
        <translation>Nachweise:    %1 bestätigt, %2 manipuliert, %3 ungültig, %4 fehlende Verweise</translation>
    </message>
    <message>
        <source>Problems:     %1 errors, %2 warnings%3</source>
        <translation>Probleme:     %1 Fehler, %2 Warnungen%3</translation>
    </message>
    <message>
        <source>syncdesk-cli validate: checks records against the sourceos v1alpha1 contracts with the daemon&apos;s rules and order.
PATH may be a record file, a folder (every *.json below it) or a workspace store (a folder with manifest.json).</source>
        <translation>syncdesk-cli validate: prüft Datensätze gegen die Verträge sourceos v1alpha1 mit den Regeln und der Reihenfolge des Dienstes.
PATH kann eine Datensatzdatei, ein Ordner (jede *.json darunter) oder ein Arbeitsbereich-Speicher (ein Ordner mit manifest.json) sein.</translation>
    </message>
    <message>
        <source>Files, folders or stores.</source>
        <translation>Dateien, Ordner oder Speicher.</translation>
    </message>
    <message>
        <source>Read records exactly as the daemon does: a pending DecisionCard is invalid.</source>
        <translation>Datensätze genau wie der Dienst lesen: eine offene Entscheidungskarte ist ungültig.</translation>
    </message>
    <message>
        <source>%1 checked: %2 valid, %3 pending, %4 invalid; %5 warnings</source>
        <translation>%1 geprüft: %2 gültig, %3 offen, %4 ungültig; %5 Warnungen</translation>
    </message>
    <message>
        <source>syncdesk-cli evidence verify: recomputes the canonical SHA-256 digest and the derived id of evidence envelopes. PATH is one envelope file or a workspace store; for a store every envelope is checked and references to missing evidence are listed.
Exit 1 when anything is tampered, invalid, suspect (an envelope at another id&apos;s file name) or missing.</source>
        <translation>syncdesk-cli evidence verify: berechnet die kanonische SHA-256-Prüfsumme und die abgeleitete Kennung von Nachweisumschlägen neu. PATH ist eine Umschlagdatei oder ein Arbeitsbereich-Speicher; bei einem Speicher wird jeder Umschlag geprüft und Verweise auf fehlende Nachweise werden aufgelistet.
Exit-Status 1, wenn etwas manipuliert, ungültig, verdächtig (ein Umschlag unter dem Dateinamen einer anderen Kennung) oder fehlend ist.</translation>
    </message>
    <message>
        <source>; %1 suspect (at another id&apos;s file name)</source>
        <translation>; %1 verdächtig (unter dem Dateinamen einer anderen Kennung)</translation>
    </message>
    <message>
        <source>, %1 suspect (at another id&apos;s file name)</source>
        <translation>, %1 verdächtig (unter dem Dateinamen einer anderen Kennung)</translation>
    </message>
    <message>
        <source>Unlocked writes (duplicate event ids, misnumbered lines, lost generation bumps):</source>
        <translation>Schreibvorgänge ohne Sperre (doppelte Ereigniskennungen, falsch nummerierte Zeilen, verlorene Erhöhungen der Generation):</translation>
    </message>
    <message>
        <source>Why, in your own words; required for review_required and blocking conflicts and for any option but the recommended one. Without it, accepting the recommendation records &quot;Accepted the recommendation: &lt;the card&apos;s reason&gt;&quot;.</source>
        <translation>Warum, in eigenen Worten; nötig bei Konflikten mit Schweregrad review_required oder blocking und für jede Option außer der empfohlenen. Ohne sie hält das Übernehmen der Empfehlung „Accepted the recommendation: &lt;Grund der Karte&gt;“ fest.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::ConflictModel</name>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Fork (keep both)</source>
        <translation>Beide behalten (Fork)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Review required</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 conflict on %2</source>
        <translation>%1-Konflikt bei %2</translation>
    </message>
    <message>
        <source>workspace %1, profile %2</source>
        <translation>Arbeitsbereich %1, Profil %2</translation>
    </message>
    <message>
        <source>changed by %1</source>
        <translation>geändert von %1</translation>
    </message>
    <message>
        <source>recommended: %1</source>
        <translation>empfohlen: %1</translation>
    </message>
    <message>
        <source>%1 allowed</source>
        <translation>%1 erlaubt</translation>
    </message>
    <message>
        <source>%1 not allowed: %2</source>
        <translation>%1 nicht erlaubt: %2</translation>
    </message>
    <message>
        <source>staged: %1</source>
        <translation>vorgemerkt: %1</translation>
    </message>
    <message>
        <source>a rationale is required</source>
        <translation>eine Begründung ist nötig</translation>
    </message>
    <message>
        <source>the decision card is invalid</source>
        <translation>die Entscheidungskarte ist ungültig</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>Needs a rationale</source>
        <translation>Begründung nötig</translation>
    </message>
    <message>
        <source>Stale: the conflict changed after you staged it</source>
        <translation>Veraltet: Der Konflikt hat sich nach dem Vormerken geändert</translation>
    </message>
    <message>
        <source>Not allowed for the acting actor any more</source>
        <translation>Für den handelnden Akteur nicht mehr erlaubt</translation>
    </message>
    <message>
        <source>Stale: your staged %1 was dropped, this conflict was decided meanwhile</source>
        <translation>Veraltet: Ihre vorgemerkte Wahl %1 wurde verworfen, dieser Konflikt wurde inzwischen entschieden</translation>
    </message>
    <message>
        <source>Staged decisions could not be saved for the next run: %1</source>
        <translation>Vorgemerkte Entscheidungen konnten nicht für den nächsten Start gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SyncDesk::ConflictRows</name>
    <message>
        <source>%1 on %2</source>
        <comment>actor on device</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (actor id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 chosen by %2 on %3.</source>
        <translation>%1 gewählt von %2 am %3.</translation>
    </message>
    <message>
        <source>%1 chosen by %2 on %3: %4</source>
        <translation>%1 gewählt von %2 am %3: %4</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 durch %2: %3</translation>
    </message>
    <message>
        <source>%1 on %2, Sync Desk %3</source>
        <comment>os user on host, version</comment>
        <translation>%1 auf %2, Sync Desk %3</translation>
    </message>
</context>
<context>
    <name>SyncDesk::ConflictSides</name>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of sides</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>time not recorded</source>
        <translation>Zeit nicht erfasst</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>operation type · status · time</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 → not reconciled yet</source>
        <comment>provisional artifact</comment>
        <translation>%1 → noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>provisional → final artifact</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Task attempt %1: %2</source>
        <translation>Aufgabe, Versuch %1: %2</translation>
    </message>
    <message>
        <source>%1 · by %2</source>
        <comment>operation · by actor</comment>
        <translation>%1 · von %2</translation>
    </message>
    <message>
        <source>%1 · by %2 on %3</source>
        <comment>operation · by actor on device</comment>
        <translation>%1 · von %2 auf %3</translation>
    </message>
    <message>
        <source>The conflict names no object.</source>
        <translation>Der Konflikt nennt kein Objekt.</translation>
    </message>
    <message>
        <source>The store has no object record for %1 (%2).</source>
        <translation>Der Speicher hat keinen Objektdatensatz für %1 (%2).</translation>
    </message>
    <message>
        <source>%1 holds a record of another object (%2), so the store has no record of this one.</source>
        <translation>%1 enthält den Datensatz eines anderen Objekts (%2); der Speicher hat also keinen Datensatz für dieses.</translation>
    </message>
    <message>
        <source>The object record %1 cannot be read: %2</source>
        <translation>Der Objektdatensatz %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>type not recorded</source>
        <translation>Typ nicht erfasst</translation>
    </message>
    <message>
        <source>state not recorded</source>
        <translation>Zustand nicht erfasst</translation>
    </message>
    <message>
        <source>last modifier not recorded</source>
        <translation>letzter Bearbeiter nicht erfasst</translation>
    </message>
    <message>
        <source>last changed by %1</source>
        <translation>zuletzt geändert von %1</translation>
    </message>
    <message>
        <source>update time not recorded</source>
        <translation>Änderungszeit nicht erfasst</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>no content hash</source>
        <translation>keine Inhaltsprüfsumme</translation>
    </message>
    <message>
        <source>(the record is invalid: %1)</source>
        <translation>(der Datensatz ist ungültig: %1)</translation>
    </message>
    <message>
        <source>%1 · no actor recorded</source>
        <comment>device · actor</comment>
        <translation>%1 · kein Akteur erfasst</translation>
    </message>
    <message>
        <source>device not recorded · %1</source>
        <comment>device · actor</comment>
        <translation>Gerät nicht erfasst · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>device · actor</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Which device this side&apos;s change came from, the records cannot say.</source>
        <translation>Von welchem Gerät die Änderung dieser Seite kam, geht aus den Datensätzen nicht hervor.</translation>
    </message>
    <message>
        <source>Which actor changed the object on this device, the records cannot say.</source>
        <translation>Welcher Akteur das Objekt auf diesem Gerät geändert hat, geht aus den Datensätzen nicht hervor.</translation>
    </message>
    <message>
        <source>No operation in this store records the change %1 made to this object.</source>
        <translation>Kein Vorgang in diesem Speicher hält die Änderung fest, die %1 an diesem Objekt vorgenommen hat.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>device (actor)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Merge asks the daemon to combine the competing versions into one; the records name no two sides to say whose.</source>
        <translation>Zusammenführen bittet den Dienst, die konkurrierenden Fassungen zu einer zu vereinen; von wem sie stammen, sagen die Datensätze nicht (sie nennen keine zwei Seiten).</translation>
    </message>
    <message>
        <source>Merge asks the daemon to combine the versions from %1 into one.</source>
        <translation>Zusammenführen bittet den Dienst, die Fassungen von %1 zu einer zu vereinen.</translation>
    </message>
    <message>
        <source>Merge policy: %1.</source>
        <translation>Zusammenführungsrichtlinie: %1.</translation>
    </message>
    <message>
        <source>Fork keeps both versions as separate objects; the records name no two sides to say whose.</source>
        <translation>Beide behalten (Fork) bewahrt beide Fassungen als getrennte Objekte; von wem sie stammen, sagen die Datensätze nicht (sie nennen keine zwei Seiten).</translation>
    </message>
    <message>
        <source>Fork keeps both: the versions from %1 each stay, as separate objects. Nothing is dropped.</source>
        <translation>Beide behalten (Fork): Die Fassungen von %1 bleiben jeweils erhalten, als getrennte Objekte. Nichts wird verworfen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>actor (time)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <comment>device (actor, time)</comment>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Skip keeps the version from %1 and drops the competing change.</source>
        <translation>Überspringen behält die Fassung von %1 und verwirft die konkurrierende Änderung.</translation>
    </message>
    <message>
        <source>Skip keeps the version from %1 and drops %2&apos;s change.</source>
        <translation>Überspringen behält die Fassung von %1 und verwirft die Änderung von %2.</translation>
    </message>
    <message>
        <source>Which device that version came from, the records cannot say.</source>
        <translation>Von welchem Gerät diese Fassung kam, geht aus den Datensätzen nicht hervor.</translation>
    </message>
    <message>
        <source>the store has no readable record of the object</source>
        <translation>der Speicher hat keinen lesbaren Datensatz des Objekts</translation>
    </message>
    <message>
        <source>the object record does not say who changed it last</source>
        <translation>der Objektdatensatz sagt nicht, wer das Objekt zuletzt geändert hat</translation>
    </message>
    <message>
        <source>%1, its last modifier, is more than one side</source>
        <translation>%1, sein letzter Bearbeiter, ist mehr als eine Seite</translation>
    </message>
    <message>
        <source>%1, its last modifier, is not a side of this conflict</source>
        <translation>%1, sein letzter Bearbeiter, ist keine Seite dieses Konflikts</translation>
    </message>
    <message>
        <source>the object as the store has it (last changed by %1, %2)</source>
        <translation>das Objekt, wie es im Speicher steht (zuletzt geändert von %1, %2)</translation>
    </message>
    <message>
        <source>the object as the store has it</source>
        <translation>das Objekt, wie es im Speicher steht</translation>
    </message>
    <message>
        <source>Skip keeps %1 and drops the competing change. Which side&apos;s version that is, the records cannot say: %2.</source>
        <translation>Überspringen behält %1 und verwirft die konkurrierende Änderung. Wessen Fassung das ist, geht aus den Datensätzen nicht hervor: %2.</translation>
    </message>
    <message>
        <source>In the store the object is %1.</source>
        <translation>Im Speicher ist das Objekt %1.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::DaemonClient</name>
    <message>
        <source>%1 is not an http or https address</source>
        <translation>%1 ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>%1 names no host</source>
        <translation>%1 nennt keinen Host</translation>
    </message>
    <message>
        <source>%1 is not this computer; Sync Desk only contacts other hosts when allowed</source>
        <translation>%1 ist nicht dieser Computer; Sync Desk kontaktiert andere Hosts nur, wenn es erlaubt ist</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>%1 answered with %2, not JSON</source>
        <translation>%1 antwortete mit %2, nicht mit JSON</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>the daemon reports it is not live</source>
        <translation>der Dienst meldet, dass er nicht läuft</translation>
    </message>
    <message>
        <source>%1 answered with an empty body</source>
        <translation>%1 antwortete mit leerem Inhalt</translation>
    </message>
    <message>
        <source>%1 answered with invalid JSON: %2</source>
        <translation>%1 antwortete mit ungültigem JSON: %2</translation>
    </message>
    <message>
        <source>%1 answered with JSON %2, not an object</source>
        <translation>%1 antwortete mit JSON-%2, nicht mit einem Objekt</translation>
    </message>
    <message>
        <source>%1 answered without a true or false &quot;live&quot;</source>
        <translation>%1 antwortete ohne „live“ als true oder false</translation>
    </message>
    <message>
        <source>%1 answered without a true or false &quot;ready&quot;</source>
        <translation>%1 antwortete ohne „ready“ als true oder false</translation>
    </message>
    <message>
        <source>%1 answered without an &quot;events&quot; list</source>
        <translation>%1 antwortete ohne Liste „events“</translation>
    </message>
    <message>
        <source>%1: event %2 is %3, not an object</source>
        <translation>%1: Ereignis %2 ist %3, kein Objekt</translation>
    </message>
    <message>
        <source>%1: event %2 has %3 %4, not text</source>
        <translation>%1: Ereignis %2 hat %3 %4, keinen Text</translation>
    </message>
    <message>
        <source>%1: event %2 has no event_id</source>
        <translation>%1: Ereignis %2 hat keine event_id</translation>
    </message>
</context>
<context>
    <name>SyncDesk::DaemonEventsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Spur</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Erzeuger</translation>
    </message>
</context>
<context>
    <name>SyncDesk::DaemonRequest</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>answer larger than %1</source>
        <translation>Antwort größer als %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the connection closed before a complete answer</source>
        <translation>die Verbindung wurde vor einer vollständigen Antwort geschlossen</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>seit %1 s keine Daten</translation>
    </message>
    <message>
        <source>not an HTTP answer (%1)</source>
        <translation>keine HTTP-Antwort (%1)</translation>
    </message>
    <message>
        <source>redirect refused (HTTP %1)</source>
        <translation>Weiterleitung abgelehnt (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>SyncDesk::DecisionGate</name>
    <message>
        <source>The conflict is no longer waiting for a decision.</source>
        <translation>Der Konflikt wartet nicht mehr auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>The conflict changed on disk since it was shown.</source>
        <translation>Der Konflikt wurde auf der Festplatte geändert, seit er angezeigt wurde.</translation>
    </message>
    <message>
        <source>No such conflict in this store.</source>
        <translation>Diesen Konflikt gibt es in diesem Speicher nicht.</translation>
    </message>
    <message>
        <source>The DecisionCard does not offer this option.</source>
        <translation>Die Entscheidungskarte bietet diese Option nicht an.</translation>
    </message>
    <message>
        <source>The deciding actor is not in this store.</source>
        <translation>Der entscheidende Akteur ist nicht in diesem Speicher.</translation>
    </message>
    <message>
        <source>The deciding actor has been revoked.</source>
        <translation>Der entscheidende Akteur wurde widerrufen.</translation>
    </message>
    <message>
        <source>The conflict&apos;s workspace or profile is outside the actor&apos;s scope.</source>
        <translation>Arbeitsbereich oder Profil des Konflikts liegen außerhalb des Bereichs des Akteurs.</translation>
    </message>
    <message>
        <source>The actor lacks the capability this option needs.</source>
        <translation>Dem Akteur fehlt die Berechtigung, die diese Option braucht.</translation>
    </message>
    <message>
        <source>The governing policy decision denies this change.</source>
        <translation>Die maßgebliche Richtlinienentscheidung verweigert diese Änderung.</translation>
    </message>
    <message>
        <source>This conflict needs a rationale for the decision.</source>
        <translation>Dieser Konflikt braucht eine Begründung für die Entscheidung.</translation>
    </message>
    <message>
        <source>Another program is writing to the store.</source>
        <translation>Ein anderes Programm schreibt in den Speicher.</translation>
    </message>
    <message>
        <source>The folder is not an initialized store.</source>
        <translation>Der Ordner ist kein initialisierter Speicher.</translation>
    </message>
    <message>
        <source>The store could not be written.</source>
        <translation>Der Speicher konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The DecisionCard offers %1, not %2.</source>
        <translation>Die Entscheidungskarte bietet %1 an, nicht %2.</translation>
    </message>
    <message>
        <source>%1 has been revoked.</source>
        <translation>%1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>%1 may not act in workspace %2.</source>
        <translation>%1 darf im Arbeitsbereich %2 nicht handeln.</translation>
    </message>
    <message>
        <source>%1 may not act in profile %2.</source>
        <translation>%1 darf im Profil %2 nicht handeln.</translation>
    </message>
    <message>
        <source>%1 lacks the &apos;%2&apos; capability that %3 needs.</source>
        <translation>%1 fehlt die Berechtigung &apos;%2&apos;, die %3 braucht.</translation>
    </message>
    <message>
        <source>Policy decision %1 denies changes to this object.</source>
        <translation>Richtlinienentscheidung %1 verweigert Änderungen an diesem Objekt.</translation>
    </message>
    <message>
        <source>A %1 conflict needs a rationale.</source>
        <translation>Ein Konflikt mit Schweregrad %1 braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Policy decision %1 requires review: give a rationale.</source>
        <translation>Richtlinienentscheidung %1 verlangt eine Prüfung: geben Sie eine Begründung an.</translation>
    </message>
    <message>
        <source>Choosing %1 over the recommended %2 needs your own words.</source>
        <translation>Wer %1 statt der empfohlenen Option %2 wählt, muss das in eigenen Worten begründen.</translation>
    </message>
    <message>
        <source>%1 is not a valid actor record of this store.</source>
        <translation>%1 ist kein gültiger Akteursdatensatz dieses Speichers.</translation>
    </message>
    <message>
        <source>Revoked: %1 may no longer decide.</source>
        <translation>Widerrufen: %1 darf nicht mehr entscheiden.</translation>
    </message>
    <message>
        <source>Out of scope: no conflict of this store is in %1&apos;s workspaces and profiles.</source>
        <translation>Außerhalb des Bereichs: Kein Konflikt dieses Speichers liegt in den Arbeitsbereichen und Profilen von %1.</translation>
    </message>
    <message>
        <source>No capability to resolve conflicts: %1 has neither &apos;merge&apos; nor &apos;write&apos;.</source>
        <translation>Keine Berechtigung zum Lösen von Konflikten: %1 hat weder &apos;merge&apos; noch &apos;write&apos;.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::DemoStore</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write a demo store to %1: it needs between 4 and %2 conflicts, to show every severity and both pending and decided cards.</source>
        <translation>Demo-Speicher kann nicht nach %1 geschrieben werden: er braucht zwischen 4 und %2 Konflikte, um jeden Schweregrad sowie offene und entschiedene Karten zu zeigen.</translation>
    </message>
    <message>
        <source>Cannot write a demo store to %1: %2 conflicts (%3 of them decided) need at least %4 operations (one detection each, one resolution per decision, and %5 fixed cases), at most %6.</source>
        <translation>Demo-Speicher kann nicht nach %1 geschrieben werden: %2 Konflikte (%3 davon entschieden) brauchen mindestens %4 Vorgänge (je eine Erkennung, eine Auflösung je Entscheidung und %5 feste Fälle), höchstens %6.</translation>
    </message>
    <message>
        <source>Cannot write a demo store to %1: it needs between %2 and %3 tasks.</source>
        <translation>Demo-Speicher kann nicht nach %1 geschrieben werden: er braucht zwischen %2 und %3 Aufgaben.</translation>
    </message>
    <message>
        <source>Cannot write a demo store to %1: %2 decided conflicts need at least %3 evidence envelopes (one per decision, plus a verified and a tampered one), at most %4.</source>
        <translation>Demo-Speicher kann nicht nach %1 geschrieben werden: %2 entschiedene Konflikte brauchen mindestens %3 Nachweisumschläge (einen je Entscheidung sowie einen bestätigten und einen manipulierten), höchstens %4.</translation>
    </message>
    <message>
        <source>Cannot write a demo store to %1: it exists and is not a folder.</source>
        <translation>Demo-Speicher kann nicht nach %1 geschrieben werden: es existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write a demo store to %1: the folder is not empty. Choose a new or empty folder; nothing was changed.</source>
        <translation>Demo-Speicher kann nicht nach %1 geschrieben werden: der Ordner ist nicht leer. Wählen Sie einen neuen oder leeren Ordner; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Cannot write a demo store to %1: the folder cannot be created.</source>
        <translation>Demo-Speicher kann nicht nach %1 geschrieben werden: der Ordner kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::DurableFile</name>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>fsync of the folder</source>
        <translation>fsync des Ordners</translation>
    </message>
    <message>
        <source>creating a temporary file</source>
        <translation>Anlegen einer temporären Datei</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>fdatasync</source>
        <translation>fdatasync</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>renaming into place</source>
        <translation>Umbenennen an den Zielort</translation>
    </message>
    <message>
        <source>creating</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>appending</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>opening (it is a symbolic link)</source>
        <translation>Öffnen (es ist eine symbolische Verknüpfung)</translation>
    </message>
    <message>
        <source>%1 is not a regular file; Sync Desk neither reads nor appends to it.</source>
        <translation>%1 ist keine reguläre Datei; Sync Desk liest sie nicht und hängt nichts an.</translation>
    </message>
    <message>
        <source>%1 has other names (hard links); Sync Desk does not append to it.</source>
        <translation>%1 hat weitere Namen (harte Verknüpfungen); Sync Desk hängt nichts daran an.</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB or sparse; Sync Desk does not append to it.</source>
        <translation>%1 ist größer als 1 GiB oder lückenhaft (sparse); Sync Desk hängt nichts daran an.</translation>
    </message>
    <message>
        <source>locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>locking (another program holds it)</source>
        <translation>Sperren (ein anderes Programm hält die Sperre)</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Evidence</name>
    <message>
        <source>the envelope has no artifact object to verify</source>
        <translation>der Umschlag hat kein Artefakt-Objekt zum Prüfen</translation>
    </message>
    <message>
        <source>the artifact does not match its digest (declared %1, computed %2): it was changed after the envelope was written</source>
        <translation>das Artefakt passt nicht zu seiner Prüfsumme (angegeben %1, berechnet %2): es wurde nach dem Schreiben des Umschlags geändert</translation>
    </message>
    <message>
        <source>evidence_id %1 does not derive from the envelope (expected %2): its type, subject, writer or digest was changed</source>
        <translation>evidence_id %1 leitet sich nicht aus dem Umschlag ab (erwartet %2): Typ, Gegenstand, Verfasser oder Prüfsumme wurden geändert</translation>
    </message>
    <message>
        <source>the file name %1 says %2, but the envelope is %3 (its own id verifies): it is not the evidence its file name stands for</source>
        <translation>der Dateiname %1 sagt %2, der Umschlag ist aber %3 (seine eigene Kennung stimmt): er ist nicht der Nachweis, für den sein Dateiname steht</translation>
    </message>
</context>
<context>
    <name>SyncDesk::EvidenceChain</name>
    <message>
        <source>The operation %1 names no evidence</source>
        <translation>Der Vorgang %1 nennt keinen Nachweis</translation>
    </message>
    <message>
        <source>%1 names evidence %2, which is not in the store</source>
        <translation>%1 nennt den Nachweis %2, der nicht im Speicher ist</translation>
    </message>
    <message>
        <source>%1 names no evidence, but the operation names %2</source>
        <translation>%1 nennt keinen Nachweis, der Vorgang aber %2</translation>
    </message>
    <message>
        <source>%1 names evidence %2, but the operation names %3</source>
        <translation>%1 nennt den Nachweis %2, der Vorgang aber %3</translation>
    </message>
    <message>
        <source>The operation %1</source>
        <translation>Der Vorgang %1</translation>
    </message>
    <message>
        <source>Evidence %1 is about &apos;%2&apos;, not the conflict %3</source>
        <translation>Der Nachweis %1 betrifft &apos;%2&apos;, nicht den Konflikt %3</translation>
    </message>
    <message>
        <source>The task %1</source>
        <translation>Die Aufgabe %1</translation>
    </message>
    <message>
        <source>The journal line %1</source>
        <translation>Die Journalzeile %1</translation>
    </message>
</context>
<context>
    <name>SyncDesk::EvidenceModel</name>
    <message>
        <source>—</source>
        <comment>no attestation</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>No</source>
        <comment>signed</comment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>signed</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Tampered</source>
        <translation>Manipuliert</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Writer</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Zitiert von</translation>
    </message>
    <message>
        <source>Suspect</source>
        <comment>evidence at another id&apos;s file name</comment>
        <translation>Verdächtig</translation>
    </message>
</context>
<context>
    <name>SyncDesk::FileRead</name>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>a regular file</source>
        <translation>eine reguläre Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is %1, not a regular file</source>
        <translation>es ist %1, keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is a symbolic link, which is not followed</source>
        <translation>es ist ein symbolischer Link, dem nicht gefolgt wird</translation>
    </message>
    <message>
        <source>it is larger than the limit</source>
        <translation>es ist größer als die Grenze</translation>
    </message>
</context>
<context>
    <name>SyncDesk::IntentSeal</name>
    <message>
        <source>the key file is not a private %1-byte file of this user</source>
        <translation>die Schlüsseldatei ist keine private %1-Byte-Datei dieses Benutzers</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for Sync Desk&apos;s key</source>
        <translation>%1: der Ordner für den Schlüssel von Sync Desk kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Sync Desk&apos;s key cannot be read or made: %2</source>
        <translation>%1: der Schlüssel von Sync Desk kann weder gelesen noch angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for Sync Desk&apos;s pending batches</source>
        <translation>%1: der Ordner für die offenen Stapel von Sync Desk kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>it is not an intent file Sync Desk can read</source>
        <translation>sie ist keine Absichtsdatei, die Sync Desk lesen kann</translation>
    </message>
    <message>
        <source>its seal does not verify: it was not written by Sync Desk under this user account, or it was changed since</source>
        <translation>ihr Siegel stimmt nicht: sie wurde nicht von Sync Desk unter diesem Benutzerkonto geschrieben oder seitdem verändert</translation>
    </message>
    <message>
        <source>its sealed body is not a JSON object</source>
        <translation>ihr versiegelter Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it was sealed by Sync Desk for another store (copied here from elsewhere); it is not replayed</source>
        <translation>sie wurde von Sync Desk für einen anderen Speicher versiegelt (von anderswo hierher kopiert); sie wird nicht erneut ausgeführt</translation>
    </message>
    <message>
        <source>it was sealed by Sync Desk for a batch that is not pending on this account (finished long ago, or copied here from elsewhere); it is not replayed</source>
        <translation>sie wurde von Sync Desk für einen Stapel versiegelt, der in diesem Konto nicht offen ist (längst abgeschlossen oder von anderswo hierher kopiert); sie wird nicht erneut ausgeführt</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Json</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>starts with a UTF-8 byte order mark, which the daemon does not accept</source>
        <translation>beginnt mit einer UTF-8-Bytereihenfolgemarke, die der Dienst nicht akzeptiert</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>unexpected NUL byte</source>
        <translation>unerwartetes NUL-Byte</translation>
    </message>
    <message>
        <source>an integer with %1 digits; the daemon&apos;s Python refuses integers longer than %2 digits</source>
        <translation>eine Ganzzahl mit %1 Ziffern; das Python des Dienstes lehnt Ganzzahlen mit mehr als %2 Ziffern ab</translation>
    </message>
</context>
<context>
    <name>SyncDesk::MissingEvidenceModel</name>
    <message>
        <source>Cited in</source>
        <translation>Zitiert in</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Missing evidence</source>
        <translation>Fehlender Nachweis</translation>
    </message>
</context>
<context>
    <name>SyncDesk::OperationModel</name>
    <message>
        <source>Enqueue</source>
        <translation>Einreihen</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <source>Detect conflict</source>
        <translation>Konflikt erkennen</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Konflikt lösen</translation>
    </message>
    <message>
        <source>Apply repair</source>
        <translation>Reparatur anwenden</translation>
    </message>
    <message>
        <source>Apply tombstone</source>
        <translation>Löschmarke anwenden</translation>
    </message>
    <message>
        <source>Write checkpoint</source>
        <translation>Prüfpunkt schreiben</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Safe to replay</source>
        <translation>Sicher wiederholbar</translation>
    </message>
    <message>
        <source>Its task is stale</source>
        <translation>Seine Aufgabe ist veraltet</translation>
    </message>
    <message>
        <source>Its lease expired</source>
        <translation>Seine Zuteilung ist abgelaufen</translation>
    </message>
    <message>
        <source>lease expired</source>
        <translation>Zuteilung abgelaufen</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>replay-safe</source>
        <translation>wiederholbar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Local id</source>
        <translation>Lokale Kennung</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Entfernte Kennung</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
</context>
<context>
    <name>SyncDesk::ProblemModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>SyncDesk::RecordReader</name>
    <message>
        <source>a symbolic link to %1; records are never read through links</source>
        <translation>eine symbolische Verknüpfung auf %1; Datensätze werden nie über Verknüpfungen gelesen</translation>
    </message>
    <message>
        <source>named like a record but is not a regular file</source>
        <translation>wie ein Datensatz benannt, aber keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 bytes, over the %2 MiB limit for one record; not read</source>
        <translation>%1 Bytes, über der Grenze von %2 MiB für einen Datensatz; nicht gelesen</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
</context>
<context>
    <name>SyncDesk::ResolutionDetail</name>
    <message>
        <source>manifest.json in %1 cannot be read.</source>
        <translation>manifest.json in %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>manifest.json in %1 has no integer active_generation.</source>
        <translation>manifest.json in %1 hat keine ganzzahlige active_generation.</translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation>ein Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>its ids do not map to file names in the store</source>
        <translation>seine Kennungen ergeben keine Dateinamen im Speicher</translation>
    </message>
    <message>
        <source>its ids are not the ones Sync Desk derives for that decision</source>
        <translation>seine Kennungen sind nicht die, die Sync Desk für diese Entscheidung ableitet</translation>
    </message>
    <message>
        <source>its records do not name each other</source>
        <translation>seine Datensätze nennen einander nicht</translation>
    </message>
    <message>
        <source>its evidence envelope does not verify</source>
        <translation>sein Nachweisumschlag lässt sich nicht bestätigen</translation>
    </message>
    <message>
        <source>its hashes do not match its records</source>
        <translation>seine Prüfsummen passen nicht zu seinen Datensätzen</translation>
    </message>
    <message>
        <source>%1: another writer kept replacing the manifest; the generation was not bumped</source>
        <translation>%1: ein anderes Programm hat das Manifest immer wieder ersetzt; die Generation wurde nicht erhöht</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n temp file(s) an interrupted write of Sync Desk left behind.</source>
        <translation>
            <numerusform>%n temporäre Datei, die ein unterbrochener Schreibvorgang von Sync Desk hinterlassen hatte, wurde entfernt.</numerusform>
            <numerusform>%n temporäre Dateien, die ein unterbrochener Schreibvorgang von Sync Desk hinterlassen hatte, wurden entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal line(s) of the interrupted write lacked their generation bump; it was added.</source>
        <translation>
            <numerusform>%n Journalzeile des unterbrochenen Schreibvorgangs fehlte die Erhöhung der Generation; sie wurde nachgeholt.</numerusform>
            <numerusform>%n Journalzeilen des unterbrochenen Schreibvorgangs fehlte die Erhöhung der Generation; sie wurde nachgeholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal line of the interrupted decision on %1 was cut short; it was completed.</source>
        <translation>Die Journalzeile der unterbrochenen Entscheidung zu %1 war abgeschnitten; sie wurde vervollständigt.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::ResolutionDetail::BatchWriter</name>
    <message>
        <source>Undoing the partial write was not possible without touching what another writer wrote since; the next write to this store completes it (see %1).</source>
        <translation>Der teilweise Schreibvorgang ließ sich nicht zurücknehmen, ohne zu berühren, was ein anderes Programm seitdem geschrieben hat; der nächste Schreibvorgang in diesen Speicher schließt ihn ab (siehe %1).</translation>
    </message>
    <message>
        <source>%1 already exists and is not Sync Desk&apos;s record of this decision; nothing of the decision was written.</source>
        <translation>%1 ist bereits vorhanden und ist nicht der Datensatz von Sync Desk zu dieser Entscheidung; nichts von der Entscheidung wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 changed while the decision was being written; nothing of the decision was written.</source>
        <translation>%1 hat sich geändert, während die Entscheidung geschrieben wurde; nichts von der Entscheidung wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1: removing the intent failed</source>
        <translation>%1: das Entfernen der Absichtsdatei ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SyncDesk::ResolutionDetail::ResolutionRecovery</name>
    <message>
        <source>%1 was not acted on: %2. Nothing in it was carried out and nothing was removed; Sync Desk writes nothing to this store until the file has been looked at and removed.</source>
        <translation>%1 wurde nicht befolgt: %2. Nichts daraus wurde ausgeführt und nichts entfernt; Sync Desk schreibt nichts in diesen Speicher, bis die Datei angesehen und entfernt wurde.</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>it cannot be read</source>
        <translation>sie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>its sealed body lacks what a batch records</source>
        <translation>ihrem versiegelten Inhalt fehlt, was ein Stapel festhält</translation>
    </message>
    <message>
        <source>An entry of the interrupted write was ignored: %1.</source>
        <translation>Ein Eintrag des unterbrochenen Schreibvorgangs wurde übergangen: %1.</translation>
    </message>
    <message>
        <source>%1 was kept: an interrupted write left another writer&apos;s version of a conflict there. Compare it with the conflict and remove it when it is not needed.</source>
        <translation>%1 wurde behalten: Ein unterbrochener Schreibvorgang hat dort die Fassung eines Konflikts von einem anderen Schreiber hinterlassen. Vergleichen Sie sie mit dem Konflikt und entfernen Sie die Datei, wenn sie nicht gebraucht wird.</translation>
    </message>
    <message>
        <source>Decision on %1 was interrupted before anything was written; it was not applied.</source>
        <translation>Die Entscheidung zu %1 wurde unterbrochen, bevor etwas geschrieben wurde; sie wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>Decision on %1 was interrupted, and %2 is not the envelope Sync Desk wrote; nothing was done.</source>
        <translation>Die Entscheidung zu %1 wurde unterbrochen, und %2 ist nicht der Umschlag, den Sync Desk geschrieben hat; nichts wurde getan.</translation>
    </message>
    <message>
        <source>Decision on %1 was interrupted and the conflict has changed since; the decision was withdrawn, nothing of it remains.</source>
        <translation>Die Entscheidung zu %1 wurde unterbrochen und der Konflikt hat sich seitdem geändert; die Entscheidung wurde zurückgezogen, nichts davon bleibt.</translation>
    </message>
    <message>
        <source>Decision on %1 was interrupted, and the conflict is being changed by another writer right now; it is left for the next write.</source>
        <translation>Die Entscheidung zu %1 wurde unterbrochen, und der Konflikt wird gerade von einem anderen Programm geändert; sie bleibt für den nächsten Schreibvorgang.</translation>
    </message>
    <message>
        <source>Completed the interrupted decision on %1 (%2).</source>
        <translation>Die unterbrochene Entscheidung zu %1 wurde abgeschlossen (%2).</translation>
    </message>
    <message>
        <source>%1: removing the intent failed</source>
        <translation>%1: das Entfernen der Absichtsdatei ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SyncDesk::ResolutionWriter</name>
    <message>
        <source>%1 has no manifest.json: not an initialized store.</source>
        <translation>%1 hat keine manifest.json: kein initialisierter Speicher.</translation>
    </message>
    <message>
        <source>The same decision appears earlier in this batch.</source>
        <translation>Dieselbe Entscheidung steht schon früher in diesem Stapel.</translation>
    </message>
    <message>
        <source>An earlier decision in this batch chose %1.</source>
        <translation>Eine frühere Entscheidung in diesem Stapel hat %1 gewählt.</translation>
    </message>
    <message>
        <source>No conflict %1 in this store (%2).</source>
        <translation>Kein Konflikt %1 in diesem Speicher (%2).</translation>
    </message>
    <message>
        <source>%1 does not hold conflict %2.</source>
        <translation>%1 enthält den Konflikt %2 nicht.</translation>
    </message>
    <message>
        <source>Already decided: %1 by %2 at %3.</source>
        <translation>Bereits entschieden: %1 durch %2 am %3.</translation>
    </message>
    <message>
        <source>The conflict record is invalid: %1</source>
        <translation>Der Konfliktdatensatz ist ungültig: %1</translation>
    </message>
    <message>
        <source>Would write %1 and queue %2.</source>
        <translation>Würde %1 schreiben und %2 einreihen.</translation>
    </message>
    <message>
        <source>Decided %1; queued %2.</source>
        <translation>%1 entschieden; %2 eingereiht.</translation>
    </message>
    <message>
        <source>Another writer changed the conflict while this decision was being written; their version was kept and nothing of this decision remains.</source>
        <translation>Ein anderes Programm hat den Konflikt geändert, während diese Entscheidung geschrieben wurde; seine Fassung wurde behalten, und nichts von dieser Entscheidung bleibt.</translation>
    </message>
    <message>
        <source>Already decided: %1 by %2 at %3, outside Sync Desk: no operation, task or evidence of Sync Desk records it.</source>
        <translation>Bereits entschieden: %1 von %2 am %3, außerhalb von Sync Desk: keine Operation, keine Aufgabe und kein Nachweis von Sync Desk hält es fest.</translation>
    </message>
    <message>
        <source>The same decision earlier in this batch was refused: %1</source>
        <translation>Dieselbe Entscheidung weiter vorn in diesem Stapel wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>The same decision appears earlier in this batch and would be applied there.</source>
        <translation>Dieselbe Entscheidung steht weiter vorn in diesem Stapel und würde dort angewendet.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::StagedWorkFile</name>
    <message>
        <source>%1: the folder cannot be made</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The staged work saved in %1 cannot be read: %2</source>
        <translation>Die in %1 gespeicherten Vormerkungen können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>die Datei gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>others may write to it</source>
        <translation>andere dürfen in die Datei schreiben</translation>
    </message>
    <message>
        <source>it names a field twice (%1)</source>
        <translation>die Datei nennt ein Feld zweimal (%1)</translation>
    </message>
    <message>
        <source>The staged work saved in %1 was not restored: %2. It was kept as %1.broken.</source>
        <translation>Die in %1 gespeicherten Vormerkungen wurden nicht wiederhergestellt: %2. Die Datei wurde als %1.broken aufbewahrt.</translation>
    </message>
    <message>
        <source>The staged work saved in %1 was not restored: %2.</source>
        <translation>Die in %1 gespeicherten Vormerkungen wurden nicht wiederhergestellt: %2.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>die Datei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it has an unknown field &quot;%1&quot;</source>
        <translation>die Datei hat ein unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>its schema is not %1</source>
        <translation>das Schema der Datei ist nicht %1</translation>
    </message>
    <message>
        <source>it belongs to another store</source>
        <translation>die Datei gehört zu einem anderen Speicher</translation>
    </message>
    <message>
        <source>it belongs to another actor</source>
        <translation>die Datei gehört zu einem anderen Akteur</translation>
    </message>
    <message>
        <source>its saved_at is not a UTC time</source>
        <translation>saved_at ist keine UTC-Zeit</translation>
    </message>
    <message>
        <source>its decisions are not a list</source>
        <translation>decisions ist keine Liste</translation>
    </message>
    <message>
        <source>it holds more than %L1 decisions</source>
        <translation>die Datei enthält mehr als %L1 Entscheidungen</translation>
    </message>
    <message>
        <source>decision %L1</source>
        <translation>Entscheidung %L1</translation>
    </message>
    <message>
        <source>%1 is not an object of four fields</source>
        <translation>%1 ist kein Objekt mit vier Feldern</translation>
    </message>
    <message>
        <source>%1: %2 is missing or not text</source>
        <translation>%1: %2 fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>%1 has no valid conflict id</source>
        <translation>%1 hat keine gültige Konfliktkennung</translation>
    </message>
    <message>
        <source>%1 names %2 a second time</source>
        <translation>%1 nennt %2 ein zweites Mal</translation>
    </message>
    <message>
        <source>%1 has no valid option</source>
        <translation>%1 hat keine gültige Option</translation>
    </message>
    <message>
        <source>%1 has a rationale that is too long or holds a NUL</source>
        <translation>%1 hat eine Begründung, die zu lang ist oder ein NUL-Zeichen enthält</translation>
    </message>
    <message>
        <source>%1 has no valid version</source>
        <translation>%1 hat keine gültige Version</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Store</name>
    <message>
        <source>another file (%1) holds a record with the same id &apos;%2&apos;; that one is used</source>
        <translation>eine andere Datei (%1) enthält einen Datensatz mit derselben Kennung &apos;%2&apos;; jener wird verwendet</translation>
    </message>
    <message>
        <source>%1 names evidence &apos;%2&apos; that is not in the store (missing evidence)</source>
        <translation>%1 nennt den Nachweis &apos;%2&apos;, der nicht im Speicher ist (fehlender Nachweis)</translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos;, which is not in the store</source>
        <translation>%1 nennt &apos;%2&apos;, das nicht im Speicher ist</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>only %1 claims it, and that is not the file of its id (%2)</source>
        <translation>nur %1 beansprucht ihn, und das ist nicht die Datei seiner Kennung (%2)</translation>
    </message>
    <message>
        <source>%1, named for it, holds no evidence id</source>
        <translation>%1, nach ihm benannt, enthält keine Nachweiskennung</translation>
    </message>
    <message>
        <source>%1, named for it, holds evidence &apos;%2&apos; instead</source>
        <translation>%1, nach ihm benannt, enthält stattdessen den Nachweis &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>SyncDesk::StoreDir</name>
    <message>
        <source>%1 is not a plain folder (a symbolic link?); Sync Desk never writes through links</source>
        <translation>%1 ist kein einfacher Ordner (eine symbolische Verknüpfung?); Sync Desk schreibt nie über Verknüpfungen</translation>
    </message>
    <message>
        <source>%1: cannot open the folder: %2</source>
        <translation>%1: der Ordner kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder: %2</source>
        <translation>%1: der Ordner kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is on another filesystem than the store (a mount point); Sync Desk does not write there</source>
        <translation>%1 liegt auf einem anderen Dateisystem als der Speicher (ein Einhängepunkt); Sync Desk schreibt dort nicht</translation>
    </message>
    <message>
        <source>%1 was moved or replaced while Sync Desk was writing; it stopped so that nothing is written outside the store.</source>
        <translation>%1 wurde verschoben oder ersetzt, während Sync Desk schrieb; es hat angehalten, damit nichts außerhalb des Speichers geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::StoreLoader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no manifest.json: it is not an initialized workspace store.</source>
        <translation>%1 hat keine manifest.json: es ist kein initialisierter Arbeitsbereich-Speicher.</translation>
    </message>
    <message>
        <source>manifest.json is a symbolic link; it is not followed</source>
        <translation>manifest.json ist eine symbolische Verknüpfung; ihr wird nicht gefolgt</translation>
    </message>
    <message>
        <source>manifest.json cannot be read: %1</source>
        <translation>manifest.json kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>manifest.json is not a JSON object</source>
        <translation>manifest.json ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>manifest.json is not valid JSON: %1</source>
        <translation>manifest.json ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>manifest.json lacks %1</source>
        <translation>manifest.json fehlt %1</translation>
    </message>
    <message>
        <source>%1 should be an integer</source>
        <translation>%1 sollte eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>the manifest says the store is not initialized</source>
        <translation>laut Manifest ist der Speicher nicht initialisiert</translation>
    </message>
    <message>
        <source>key %1 appears more than once</source>
        <translation>Schlüssel %1 kommt mehrfach vor</translation>
    </message>
    <message>
        <source>an interrupted write left this file; it cannot be read, so what it held is unknown</source>
        <translation>ein unterbrochener Schreibvorgang hat diese Datei hinterlassen; sie ist nicht lesbar, ihr Inhalt ist daher unbekannt</translation>
    </message>
    <message>
        <source>the decision on %1 (%2) was interrupted while being written; the next write to this store completes it or withdraws it</source>
        <translation>die Entscheidung zu %1 (%2) wurde beim Schreiben unterbrochen; der nächste Schreibvorgang in diesen Speicher schließt sie ab oder zieht sie zurück</translation>
    </message>
    <message>
        <source>journal.jsonl is larger than %1 MiB and was not read</source>
        <translation>journal.jsonl ist größer als %1 MiB und wurde nicht gelesen</translation>
    </message>
    <message>
        <source>journal.jsonl is a symbolic link; it is not followed</source>
        <translation>journal.jsonl ist eine symbolische Verknüpfung; ihr wird nicht gefolgt</translation>
    </message>
    <message>
        <source>journal.jsonl cannot be read: %1</source>
        <translation>journal.jsonl kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the last line (%1 bytes) has no newline: a write was interrupted or is still in progress; it is not counted as an event</source>
        <translation>die letzte Zeile (%1 Bytes) hat keinen Zeilenumbruch: ein Schreibvorgang wurde unterbrochen oder läuft noch; sie zählt nicht als Ereignis</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object</source>
        <translation>Zeile %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>line %1 is not valid JSON: %2</source>
        <translation>Zeile %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1/ is a symbolic link to %2; it is not followed</source>
        <translation>%1/ ist eine symbolische Verknüpfung auf %2; ihr wird nicht gefolgt</translation>
    </message>
    <message>
        <source>%1 should be a folder of records</source>
        <translation>%1 sollte ein Ordner mit Datensätzen sein</translation>
    </message>
    <message>
        <source>%1/ cannot be listed: %2</source>
        <translation>%1/ kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>left over from an interrupted write; ignored</source>
        <translation>Rest eines unterbrochenen Schreibvorgangs; ignoriert</translation>
    </message>
    <message>
        <source>not a .json record; ignored</source>
        <translation>kein .json-Datensatz; ignoriert</translation>
    </message>
    <message>
        <source>a %1 record in %2/, which holds %3 records</source>
        <translation>ein %1-Datensatz in %2/, das %3-Datensätze enthält</translation>
    </message>
    <message>
        <source>the file name does not match the record id &apos;%1&apos; (expected %2.json)</source>
        <translation>der Dateiname passt nicht zur Datensatzkennung &apos;%1&apos; (erwartet %2.json)</translation>
    </message>
    <message>
        <source>Reading %1 was stopped.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the file name says evidence &apos;%1&apos;, but the envelope is &apos;%2&apos; (expected %3.json): it serves no reference</source>
        <translation>der Dateiname sagt Nachweis &apos;%1&apos;, der Umschlag ist aber &apos;%2&apos; (erwartet %3.json): er bedient keinen Verweis</translation>
    </message>
    <message>
        <source>the file name does not match the record id &apos;%1&apos; (expected %2.json); the decision gate reads only %2.json, never this file</source>
        <translation>der Dateiname passt nicht zur Datensatzkennung &apos;%1&apos; (erwartet %2.json); die Prüfung vor einer Entscheidung liest nur %2.json, nie diese Datei</translation>
    </message>
    <message>
        <source>decided_at is not an RFC 3339 date and time; the decision gate never lets this policy decision govern a conflict</source>
        <translation>decided_at ist kein Datum mit Uhrzeit nach RFC 3339; die Prüfung vor einer Entscheidung lässt diese Richtlinienentscheidung nie für einen Konflikt maßgeblich sein</translation>
    </message>
    <message>
        <source>line %1 is not an event: its event_id is missing or not a string</source>
        <translation>Zeile %1 ist kein Ereignis: ihre event_id fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message numerus="yes">
        <source>and %n more corrupt line(s), not listed one by one: the first at line %1, the last at line %2 (%3 corrupt lines in all)</source>
        <translation>
            <numerusform>und %n weitere beschädigte Zeile, nicht einzeln aufgeführt: die erste in Zeile %1, die letzte in Zeile %2 (%3 beschädigte Zeilen insgesamt)</numerusform>
            <numerusform>und %n weitere beschädigte Zeilen, nicht einzeln aufgeführt: die erste in Zeile %1, die letzte in Zeile %2 (%3 beschädigte Zeilen insgesamt)</numerusform>
        </translation>
    </message>
    <message>
        <source>this intent file is not acted on: %1. Sync Desk writes nothing to this store until it has been looked at and removed</source>
        <translation>diese Absichtsdatei wird nicht befolgt: %1. Sync Desk schreibt nichts in diesen Speicher, bis sie angesehen und entfernt wurde</translation>
    </message>
    <message>
        <source>this intent file cannot be read as a regular file; Sync Desk writes nothing to this store until it has been looked at and removed</source>
        <translation>diese Absichtsdatei ist nicht als reguläre Datei lesbar; Sync Desk schreibt nichts in diesen Speicher, bis sie angesehen und entfernt wurde</translation>
    </message>
    <message>
        <source>event_id %1 is carried by lines %2 and %3: writers that counted the same lines gave their lines one number (the daemon&apos;s race)</source>
        <translation>event_id %1 steht in den Zeilen %2 und %3: Schreiber, die dieselben Zeilen gezählt haben, gaben ihren Zeilen eine Nummer (der Wettlauf des Dienstes)</translation>
    </message>
    <message numerus="yes">
        <source>event_id %1 is carried by %2 lines: %3 and %n more; writers that counted the same lines gave their lines one number (the daemon&apos;s race)</source>
        <translation>
            <numerusform>event_id %1 steht in %2 Zeilen: %3 und %n weiteren; Schreiber, die dieselben Zeilen gezählt haben, gaben ihren Zeilen eine Nummer (der Wettlauf des Dienstes)</numerusform>
            <numerusform>event_id %1 steht in %2 Zeilen: %3 und %n weiteren; Schreiber, die dieselben Zeilen gezählt haben, gaben ihren Zeilen eine Nummer (der Wettlauf des Dienstes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more event id(s) carried by more than one line, not listed one by one: between lines %1 and %2 (%3 lines)</source>
        <translation>
            <numerusform>und %n weitere Ereigniskennung, die in mehr als einer Zeile steht, nicht einzeln aufgeführt: zwischen den Zeilen %1 und %2 (%3 Zeilen)</numerusform>
            <numerusform>und %n weitere Ereigniskennungen, die in mehr als einer Zeile stehen, nicht einzeln aufgeführt: zwischen den Zeilen %1 und %2 (%3 Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1 carries event_id %2 but the daemon numbers it %3</source>
        <translation>Zeile %1 trägt event_id %2, der Dienst nummeriert sie aber mit %3</translation>
    </message>
    <message>
        <source>lines %1-%2 carry ids numbered for other lines: line %1 carries %3 where the daemon numbers it %4, line %2 carries %5 where it numbers it %6</source>
        <translation>Zeilen %1-%2 tragen Kennungen, die für andere Zeilen nummeriert sind: Zeile %1 trägt %3, wo der Dienst sie mit %4 nummeriert, Zeile %2 trägt %5, wo er sie mit %6 nummeriert</translation>
    </message>
    <message numerus="yes">
        <source>and %n more run(s) of misnumbered lines, not listed one by one: the first at line %1, the last ending at line %2 (%3 misnumbered lines in all)</source>
        <translation>
            <numerusform>und %n weitere Folge falsch nummerierter Zeilen, nicht einzeln aufgeführt: die erste ab Zeile %1, die letzte endet in Zeile %2 (%3 falsch nummerierte Zeilen insgesamt)</numerusform>
            <numerusform>und %n weitere Folgen falsch nummerierter Zeilen, nicht einzeln aufgeführt: die erste ab Zeile %1, die letzte endet in Zeile %2 (%3 falsch nummerierte Zeilen insgesamt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>manifest.json active_generation is %1 but journal.jsonl holds %2 events: %n bump(s) were lost (the daemon&apos;s manifest race)</source>
        <translation>
            <numerusform>manifest.json active_generation ist %1, journal.jsonl enthält aber %2 Ereignisse: %n Erhöhung ging verloren (der Wettlauf des Dienstes um das Manifest)</numerusform>
            <numerusform>manifest.json active_generation ist %1, journal.jsonl enthält aber %2 Ereignisse: %n Erhöhungen gingen verloren (der Wettlauf des Dienstes um das Manifest)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>manifest.json active_generation is %1 but journal.jsonl holds %2 events: %n bump(s) more than events (lines were removed or glued into one, or a bump was given twice)</source>
        <translation>
            <numerusform>manifest.json active_generation ist %1, journal.jsonl enthält aber %2 Ereignisse: %n Erhöhung mehr als Ereignisse (Zeilen wurden entfernt oder zu einer zusammengefügt, oder eine Erhöhung wurde doppelt vergeben)</numerusform>
            <numerusform>manifest.json active_generation ist %1, journal.jsonl enthält aber %2 Ereignisse: %n Erhöhungen mehr als Ereignisse (Zeilen wurden entfernt oder zu einer zusammengefügt, oder eine Erhöhung wurde doppelt vergeben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::ActorChooserDialog</name>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (actor id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who is deciding?</source>
        <translation>Wer entscheidet?</translation>
    </message>
    <message>
        <source>Decisions are checked against this actor&apos;s capabilities and scope and recorded under its name, together with the operating-system user and host they were made on.</source>
        <translation>Entscheidungen werden gegen die Berechtigungen und den Bereich dieses Akteurs geprüft und unter seinem Namen festgehalten, zusammen mit dem Benutzer des Betriebssystems und dem Host, auf dem sie getroffen wurden.</translation>
    </message>
    <message>
        <source>Actors of this store</source>
        <translation>Akteure dieses Speichers</translation>
    </message>
    <message>
        <source>Decide as this actor</source>
        <translation>Als dieser Akteur entscheiden</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>This store has no person who may decide its conflicts.</source>
        <translation>Dieser Speicher hat keine Person, die seine Konflikte entscheiden darf.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::ConflictCardDelegate</name>
    <message>
        <source>Combine both versions into one</source>
        <translation>Beide Fassungen zu einer vereinen</translation>
    </message>
    <message>
        <source>Keep both versions as separate objects</source>
        <translation>Beide Fassungen als getrennte Objekte behalten</translation>
    </message>
    <message>
        <source>Keep the object as it is, drop the other change</source>
        <translation>Das Objekt so lassen, die andere Änderung verwerfen</translation>
    </message>
    <message>
        <source>M</source>
        <comment>key that stages merge</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>F</source>
        <comment>key that stages fork</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>S</source>
        <comment>key that stages skip</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>Already decided</source>
        <translation>Bereits entschieden</translation>
    </message>
    <message>
        <source>Not offered for this conflict</source>
        <translation>Für diesen Konflikt nicht angeboten</translation>
    </message>
    <message>
        <source>Acting actor not in this store</source>
        <translation>Handelnder Akteur nicht in diesem Speicher</translation>
    </message>
    <message>
        <source>Your actor is revoked</source>
        <translation>Ihr Akteur ist widerrufen</translation>
    </message>
    <message>
        <source>Outside your workspace or profile scope</source>
        <translation>Außerhalb Ihres Arbeitsbereichs oder Profils</translation>
    </message>
    <message>
        <source>Needs the &apos;merge&apos; capability</source>
        <translation>Braucht die Berechtigung &apos;merge&apos;</translation>
    </message>
    <message>
        <source>Needs the &apos;write&apos; capability</source>
        <translation>Braucht die Berechtigung &apos;write&apos;</translation>
    </message>
    <message>
        <source>Denied by policy</source>
        <translation>Von einer Richtlinie verweigert</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>Nachweis %1</translation>
    </message>
    <message>
        <source>Open evidence %1</source>
        <translation>Nachweis %1 öffnen</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 ist nicht verfügbar: %2</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::ConflictCardPainter</name>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Staged: %1</source>
        <translation>Vorgemerkt: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Invalid card</source>
        <translation>Ungültige Karte</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>%1 · %2 · </source>
        <translation>%1 · %2 · </translation>
    </message>
    <message>
        <source>Changed by </source>
        <translation>Geändert von </translation>
    </message>
    <message>
        <source>Merge policy </source>
        <translation>Zusammenführungsrichtlinie </translation>
    </message>
    <message>
        <source>  ·  Policy </source>
        <translation>  ·  Richtlinie </translation>
    </message>
    <message>
        <source>none governs this object</source>
        <translation>keine gilt für dieses Objekt</translation>
    </message>
    <message>
        <source>★ Recommended: </source>
        <translation>★ Empfohlen: </translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> – %1</translation>
    </message>
    <message>
        <source>✓ Chosen</source>
        <translation>✓ Gewählt</translation>
    </message>
    <message>
        <source>★ Recommended</source>
        <translation>★ Empfohlen</translation>
    </message>
    <message>
        <source>⊘ %1</source>
        <translation>⊘ %1</translation>
    </message>
    <message>
        <source>✗ Refused (%1): </source>
        <translation>✗ Abgelehnt (%1): </translation>
    </message>
    <message>
        <source>✓ Applied. </source>
        <translation>✓ Angewendet. </translation>
    </message>
    <message>
        <source>This DecisionCard is invalid: it cannot be decided here.</source>
        <translation>Diese Entscheidungskarte ist ungültig: sie kann hier nicht entschieden werden.</translation>
    </message>
    <message>
        <source>⚠ %1 is staged, but this conflict needs a rationale before it can be applied.</source>
        <translation>⚠ %1 ist vorgemerkt, aber dieser Konflikt braucht eine Begründung, bevor er angewendet werden kann.</translation>
    </message>
    <message>
        <source>%1 staged. </source>
        <translation>%1 vorgemerkt. </translation>
    </message>
    <message>
        <source>Apply (Ctrl+Return) writes the decision.</source>
        <translation>Anwenden (Strg+Eingabe) schreibt die Entscheidung.</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>A rationale is required: choose, then say why.</source>
        <translation>Eine Begründung ist nötig: wählen Sie, dann sagen Sie, warum.</translation>
    </message>
    <message>
        <source>Choose with M, F or S; nothing is written until Apply.</source>
        <translation>Mit M, F oder S wählen; geschrieben wird erst beim Anwenden.</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>Nachweis %1</translation>
    </message>
    <message>
        <source>★ The daemon recommended: </source>
        <translation>★ Der Dienst empfahl: </translation>
    </message>
    <message>
        <source> — its reason is not recorded</source>
        <translation> – sein Grund ist nicht erfasst</translation>
    </message>
    <message>
        <source>⚠ %1. </source>
        <translation>⚠ %1. </translation>
    </message>
    <message>
        <source>Press %1 again to keep it.</source>
        <translation>Erneut %1 drücken, um sie zu behalten.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::ConflictFilterBar</name>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Conflicts already decided, with who chose what and why</source>
        <translation>Bereits entschiedene Konflikte, mit wer was warum gewählt hat</translation>
    </message>
    <message>
        <source>Show %1 conflicts</source>
        <translation>Konflikte mit Schweregrad %1 zeigen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Search object, actor, device, explanation…</source>
        <translation>Objekt, Akteur, Gerät, Erklärung suchen…</translation>
    </message>
    <message>
        <source>Search conflicts</source>
        <translation>Konflikte suchen</translation>
    </message>
    <message>
        <source>Pending (%L1)</source>
        <translation>Offen (%L1)</translation>
    </message>
    <message>
        <source>Decided (%L1)</source>
        <translation>Entschieden (%L1)</translation>
    </message>
    <message>
        <source>All (%L1)</source>
        <translation>Alle (%L1)</translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>%L1 angezeigt</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>Needs a rationale</source>
        <translation>Begründung nötig</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Gated</source>
        <translation>Verwehrt</translation>
    </message>
    <message>
        <source>Conflicts waiting for a decision the acting actor may make</source>
        <translation>Konflikte, die auf eine Entscheidung warten, die der handelnde Akteur treffen darf</translation>
    </message>
    <message>
        <source>Conflicts with a staged decision, ready or not</source>
        <translation>Konflikte mit einer vorgemerkten Entscheidung, bereit oder nicht</translation>
    </message>
    <message>
        <source>Staged decisions that cannot be applied until they are given a rationale</source>
        <translation>Vorgemerkte Entscheidungen, die erst mit einer Begründung angewendet werden können</translation>
    </message>
    <message>
        <source>Staged decisions that Apply ready writes</source>
        <translation>Vorgemerkte Entscheidungen, die „Anwenden“ schreibt</translation>
    </message>
    <message>
        <source>Pending conflicts where the gate refuses every option to the acting actor: someone else has to decide them</source>
        <translation>Offene Konflikte, bei denen die Prüfung dem handelnden Akteur jede Option verweigert: Jemand anderes muss sie entscheiden</translation>
    </message>
    <message>
        <source>Staged (%L1)</source>
        <translation>Vorgemerkt (%L1)</translation>
    </message>
    <message>
        <source>Needs a rationale (%L1)</source>
        <translation>Begründung nötig (%L1)</translation>
    </message>
    <message>
        <source>Ready (%L1)</source>
        <translation>Bereit (%L1)</translation>
    </message>
    <message>
        <source>Gated (%L1)</source>
        <translation>Verwehrt (%L1)</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::ConflictSidesView</name>
    <message>
        <source>Sides of the conflict</source>
        <translation>Seiten des Konflikts</translation>
    </message>
    <message>
        <source>%1 — show it in the queue</source>
        <translation>%1 – in der Warteschlange zeigen</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>The store holds its version (the object record&apos;s last modifier).</source>
        <translation>Der Speicher hat die Fassung dieser Seite (letzter Bearbeiter laut Objektdatensatz).</translation>
    </message>
    <message>
        <source>What each option does</source>
        <translation>Was jede Option bewirkt</translation>
    </message>
    <message>
        <source>✓ Chosen: %1</source>
        <translation>✓ Gewählt: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Object record</source>
        <translation>Objektdatensatz</translation>
    </message>
    <message>
        <source>Also on this object</source>
        <translation>Ebenfalls an diesem Objekt</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::ConflictsView</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>DecisionCards. M, F, S stage merge, fork or skip; J and K move; U undoes.</source>
        <translation>Entscheidungskarten. M, F, S merken Zusammenführen, Beide behalten oder Überspringen vor; J und K wechseln; U macht rückgängig.</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Recommendations staged: %L1.</source>
        <translation>Empfehlungen vorgemerkt: %L1.</translation>
    </message>
    <message>
        <source>Left as they were, because the gate does not allow their recommended option: %L1.</source>
        <translation>Unverändert gelassen, weil die Prüfung ihre empfohlene Option nicht erlaubt: %L1.</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Speicher ist geöffnet.</translation>
    </message>
    <message>
        <source>This store has no conflicts.</source>
        <translation>Dieser Speicher hat keine Konflikte.</translation>
    </message>
    <message>
        <source>No conflicts are waiting for a decision.</source>
        <translation>Keine Konflikte warten auf eine Entscheidung.</translation>
    </message>
    <message>
        <source>No conflicts match these filters.</source>
        <translation>Keine Konflikte passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Nothing is staged: choose with M, F or S first.</source>
        <translation>Nichts ist vorgemerkt: zuerst mit M, F oder S wählen.</translation>
    </message>
    <message>
        <source>Apply decisions</source>
        <translation>Entscheidungen anwenden</translation>
    </message>
    <message>
        <source>Applied: %L1.</source>
        <translation>Angewendet: %L1.</translation>
    </message>
    <message>
        <source>Refused: %L1; the cards marked Refused say why.</source>
        <translation>Abgelehnt: %L1; die als Abgelehnt markierten Karten nennen den Grund.</translation>
    </message>
    <message>
        <source>Writing stopped: %1</source>
        <translation>Schreiben abgebrochen: %1</translation>
    </message>
    <message>
        <source>Staged decisions restored from the last session: %L1.</source>
        <translation>Vorgemerkte Entscheidungen aus der letzten Sitzung wiederhergestellt: %L1.</translation>
    </message>
    <message>
        <source>Stale, because their conflict changed since: %L1; press the staged option again to keep it.</source>
        <translation>Veraltet, weil sich ihr Konflikt seitdem geändert hat: %L1; zum Behalten die vorgemerkte Option erneut wählen.</translation>
    </message>
    <message>
        <source>Not restored, because their conflict was decided, is gone or no longer allows the option: %L1.</source>
        <translation>Nicht wiederhergestellt, weil ihr Konflikt entschieden wurde, verschwunden ist oder die Option nicht mehr erlaubt: %L1.</translation>
    </message>
    <message>
        <source>Give rationale to the selected cards…</source>
        <translation>Begründung für die ausgewählten Karten angeben…</translation>
    </message>
    <message>
        <source>%1 kept for the conflict as it is now.</source>
        <translation>%1 für den Konflikt in seinem jetzigen Zustand behalten.</translation>
    </message>
    <message>
        <source>%1 unstaged.</source>
        <translation>Vormerkung %1 aufgehoben.</translation>
    </message>
    <message>
        <source>Undone: the staging of %L1 cards is as it was.</source>
        <translation>Rückgängig gemacht: Die Vormerkungen von %L1 Karten sind wieder wie zuvor.</translation>
    </message>
    <message>
        <source>Rationale given to the selected staged decisions: %L1.</source>
        <translation>Begründung für die ausgewählten vorgemerkten Entscheidungen angegeben: %L1.</translation>
    </message>
    <message>
        <source>None of the selected cards has a staged decision to give a rationale to.</source>
        <translation>Keine der ausgewählten Karten hat eine vorgemerkte Entscheidung, die eine Begründung erhalten könnte.</translation>
    </message>
    <message>
        <source>Give rationale</source>
        <translation>Begründung angeben</translation>
    </message>
    <message>
        <source>Rationale for the selected staged decisions (%L1):</source>
        <translation>Begründung für die ausgewählten vorgemerkten Entscheidungen (%L1):</translation>
    </message>
    <message>
        <source>needing a rationale: %L1</source>
        <translation>Begründung nötig: %L1</translation>
    </message>
    <message>
        <source>stale: %L1</source>
        <translation>veraltet: %L1</translation>
    </message>
    <message>
        <source>no longer allowed: %L1</source>
        <translation>nicht mehr erlaubt: %L1</translation>
    </message>
    <message>
        <source>Nothing was written: no staged decision is ready (%1). Each card says why; the first one is selected.</source>
        <translation>Nichts wurde geschrieben: Keine vorgemerkte Entscheidung ist bereit (%1). Jede Karte nennt den Grund; die erste ist ausgewählt.</translation>
    </message>
    <message>
        <source>Kept staged, not ready (%1): each card says why.</source>
        <translation>Weiter vorgemerkt, nicht bereit (%1): Jede Karte nennt den Grund.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (actor id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Write 1 decision as %1?</source>
        <translation>Eine Entscheidung als %1 schreiben?</translation>
    </message>
    <message>
        <source>Write %L1 decisions as %2?</source>
        <translation>%L1 Entscheidungen als %2 schreiben?</translation>
    </message>
    <message>
        <source>%1

Each decision records an evidence envelope, queues an operation and its task for the daemon, and adds a journal line.</source>
        <translation>%1

Jede Entscheidung schreibt einen Nachweisumschlag, reiht einen Vorgang mit seiner Aufgabe für den Dienst ein und fügt eine Journalzeile hinzu.</translation>
    </message>
    <message>
        <source>Staged decisions that are not ready stay staged (%1).</source>
        <translation>Vorgemerkte Entscheidungen, die nicht bereit sind, bleiben vorgemerkt (%1).</translation>
    </message>
    <message>
        <source>Writing the ready decisions (%L1)…</source>
        <translation>Die bereiten Entscheidungen werden geschrieben (%L1)…</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::DaemonStatusWidget</name>
    <message>
        <source>Daemon status</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <source>Daemon: checking…</source>
        <translation>Dienst: wird geprüft…</translation>
    </message>
    <message>
        <source>Sync Desk has not heard from the daemon yet.</source>
        <translation>Sync Desk hat noch nichts vom Dienst gehört.</translation>
    </message>
    <message>
        <source>Daemon running, checking readiness…</source>
        <translation>Dienst läuft, Bereitschaft wird geprüft…</translation>
    </message>
    <message>
        <source>The daemon answers; its readiness is being checked.</source>
        <translation>Der Dienst antwortet; seine Bereitschaft wird geprüft.</translation>
    </message>
    <message>
        <source>Daemon ready</source>
        <translation>Dienst bereit</translation>
    </message>
    <message>
        <source>Daemon not ready</source>
        <translation>Dienst nicht bereit</translation>
    </message>
    <message>
        <source>Daemon not ready: %1</source>
        <translation>Dienst nicht bereit: %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)
%3</source>
        <translation>Status: %1 (%2)
%3</translation>
    </message>
    <message>
        <source>Daemon not reachable</source>
        <translation>Dienst nicht erreichbar</translation>
    </message>
    <message>
        <source>%1
Sync Desk keeps working from the store on disk and retries on its own.</source>
        <translation>%1
Sync Desk arbeitet mit dem Speicher auf der Festplatte weiter und versucht es selbst erneut.</translation>
    </message>
    <message>
        <source>Daemon host not allowed</source>
        <translation>Host des Dienstes nicht erlaubt</translation>
    </message>
    <message>
        <source>%1
Change the daemon address or allow other hosts to contact it.</source>
        <translation>%1
Ändern Sie die Adresse des Dienstes oder erlauben Sie andere Hosts.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Dienst: %1</translation>
    </message>
    <message>
        <source>Service: %1 (%2 %3)</source>
        <translation>Dienst: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>Click to check now.</source>
        <translation>Klicken, um jetzt zu prüfen.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::DecisionPanel</name>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why this choice? It is written with the decision and kept as evidence.</source>
        <translation>Warum diese Wahl? Sie wird mit der Entscheidung geschrieben und als Nachweis aufbewahrt.</translation>
    </message>
    <message>
        <source>Staged decisions</source>
        <translation>Vorgemerkte Entscheidungen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Unstage the current card, or the last choice made (U)</source>
        <translation>Vormerkung der aktuellen Karte oder der letzten Wahl aufheben (U)</translation>
    </message>
    <message>
        <source>Unstage every card</source>
        <translation>Alle Vormerkungen aufheben</translation>
    </message>
    <message>
        <source>Accept recommendations</source>
        <translation>Empfehlungen übernehmen</translation>
    </message>
    <message>
        <source>Applying decisions</source>
        <translation>Entscheidungen werden angewendet</translation>
    </message>
    <message>
        <source>Apply status</source>
        <translation>Status des Anwendens</translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Nachweis öffnen</translation>
    </message>
    <message>
        <source>M merge · F fork · S skip · J/K move · U undo · R rationale · Ctrl+Return apply</source>
        <translation>M zusammenführen · F beide behalten · S überspringen · J/K wechseln · U rückgängig · R Begründung · Strg+Eingabe anwenden</translation>
    </message>
    <message>
        <source>No card selected</source>
        <translation>Keine Karte ausgewählt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Acting as %1 (%2)</source>
        <translation>Handelnd als %1 (%2)</translation>
    </message>
    <message>
        <source>Rationale for the selected cards (%L1)</source>
        <translation>Begründung für die ausgewählten Karten (%L1)</translation>
    </message>
    <message>
        <source>Rationale (required) *</source>
        <translation>Begründung (nötig) *</translation>
    </message>
    <message>
        <source>⚠ Required: a %1 conflict needs a rationale before it can be applied.</source>
        <translation>⚠ Nötig: eine Begründung, da Schweregrad %1.</translation>
    </message>
    <message>
        <source>⚠ Required: policy decision %1 asks for review; say why.</source>
        <translation>⚠ Nötig: Richtlinienentscheidung %1 verlangt eine Prüfung; sagen Sie, warum.</translation>
    </message>
    <message>
        <source>Nothing staged yet.</source>
        <translation>Noch nichts vorgemerkt.</translation>
    </message>
    <message>
        <source>%L1 merge · %L2 fork · %L3 skip</source>
        <translation>%L1 zusammenführen · %L2 beide behalten · %L3 überspringen</translation>
    </message>
    <message>
        <source>Accept recommendations (%L1 selected)</source>
        <translation>Empfehlungen übernehmen (%L1 ausgewählt)</translation>
    </message>
    <message>
        <source>Accept recommendations (%L1 shown)</source>
        <translation>Empfehlungen übernehmen (%L1 angezeigt)</translation>
    </message>
    <message>
        <source>Choose who is deciding…</source>
        <translation>Wählen, wer entscheidet…</translation>
    </message>
    <message>
        <source>Identity warning</source>
        <translation>Identitätswarnung</translation>
    </message>
    <message>
        <source>Decision record</source>
        <translation>Entscheidungsdatensatz</translation>
    </message>
    <message>
        <source>Write every staged decision that is ready to the store; the others stay staged (Ctrl+Return)</source>
        <translation>Jede bereite vorgemerkte Entscheidung in den Speicher schreiben; die übrigen bleiben vorgemerkt (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Choose who is deciding: nothing can be staged until an actor acts.</source>
        <translation>Wählen Sie, wer entscheidet: Solange kein Akteur handelt, kann nichts vorgemerkt werden.</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>ein unbekannter Benutzer</translation>
    </message>
    <message>
        <source>⚠ No identity to compare with %1</source>
        <translation>⚠ Keine Identität zum Abgleich; angemeldet: %1</translation>
    </message>
    <message>
        <source>⚠ Signed in as %1, not %2</source>
        <translation>⚠ Angemeldet ist %1, nicht %2</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>Their words: %1</source>
        <translation>In eigenen Worten: %1</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(keine erfasst)</translation>
    </message>
    <message>
        <source>The daemon recommended: %1</source>
        <translation>Der Dienst empfahl: %1</translation>
    </message>
    <message>
        <source>Its reason: %1</source>
        <translation>Sein Grund: %1</translation>
    </message>
    <message>
        <source>not recorded (no verified evidence of Sync Desk holds the card as it was before the decision)</source>
        <translation>nicht erfasst (kein bestätigter Nachweis von Sync Desk enthält die Karte, wie sie vor der Entscheidung war)</translation>
    </message>
    <message>
        <source>At the keyboard: %1</source>
        <translation>An der Tastatur: %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>⚠ Required: %1 is not what the daemon recommended (%2); say why in your own words.</source>
        <translation>⚠ Nötig: %1 ist nicht die Empfehlung (%2); begründen Sie es mit eigenen Worten.</translation>
    </message>
    <message>
        <source>Apply ready (%L1)</source>
        <translation>Anwenden (%L1 bereit)</translation>
    </message>
    <message>
        <source>⚠ %1 has no identity_id to compare with the signed-in user %2. Decisions are recorded as %1, and the evidence names %2 on this computer as the one at the keyboard.</source>
        <translation>⚠ %1 hat keine identity_id zum Abgleich mit dem angemeldeten Benutzer (%2). Entscheidungen werden als %1 festgehalten, und als Person an der Tastatur nennt der Nachweis: %2 auf diesem Computer.</translation>
    </message>
    <message>
        <source>⚠ %1&apos;s identity is %2, but the signed-in user is %3. Decisions are recorded as %1, and the evidence names %3 on this computer as the one at the keyboard.</source>
        <translation>⚠ Die Identität von %1 ist %2, angemeldet ist aber %3. Entscheidungen werden als %1 festgehalten, und als Person an der Tastatur nennt der Nachweis: %3 auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::EventsView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the daemon&apos;s events again (%1)</source>
        <translation>Die Ereignisse des Dienstes erneut abrufen (%1)</translation>
    </message>
    <message>
        <source>Daemon events</source>
        <translation>Ereignisse des Dienstes</translation>
    </message>
    <message>
        <source>Select an event to see its payload.</source>
        <translation>Wählen Sie ein Ereignis, um seinen Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>Event payload</source>
        <translation>Inhalt des Ereignisses</translation>
    </message>
    <message>
        <source>Not fetched yet</source>
        <translation>Noch nicht abgerufen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), fetched at %1</source>
        <translation>
            <numerusform>%n Ereignis, abgerufen um %1</numerusform>
            <numerusform>%n Ereignisse, abgerufen um %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the daemon&apos;s events: %1</source>
        <translation>Die Ereignisse des Dienstes konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The list shows the events fetched at %1.</source>
        <translation>Die Liste zeigt die um %1 abgerufenen Ereignisse.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), not current</source>
        <translation>
            <numerusform>%n Ereignis, nicht aktuell</numerusform>
            <numerusform>%n Ereignisse, nicht aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::EvidenceBrowser</name>
    <message>
        <source>Filter evidence…</source>
        <translation>Nachweise filtern…</translation>
    </message>
    <message>
        <source>Records that cite evidence which is not in the store. Activate one to open the citing record.</source>
        <translation>Datensätze, die Nachweise zitieren, die nicht im Speicher sind. Aktivieren Sie einen, um den zitierenden Datensatz zu öffnen.</translation>
    </message>
    <message>
        <source>Envelopes: %1</source>
        <translation>Umschläge: %1</translation>
    </message>
    <message>
        <source>verified: %1</source>
        <translation>bestätigt: %1</translation>
    </message>
    <message>
        <source>tampered: %1</source>
        <translation>manipuliert: %1</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>ungültig: %1</translation>
    </message>
    <message>
        <source>Missing evidence (%1)</source>
        <translation>Fehlende Nachweise (%1)</translation>
    </message>
    <message>
        <source>Missing evidence: none</source>
        <translation>Fehlende Nachweise: keine</translation>
    </message>
    <message>
        <source>suspect (misnamed): %1</source>
        <translation>verdächtig (falsch benannt): %1</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::EvidenceDetail</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Yes (%1)</source>
        <translation>Ja (%1)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No (%1)</source>
        <translation>Nein (%1)</translation>
    </message>
    <message>
        <source>No attestation</source>
        <translation>Keine Beglaubigung</translation>
    </message>
    <message>
        <source>missing or not RFC 3339</source>
        <translation>fehlt oder nicht RFC 3339</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Evidence id:</source>
        <translation>Nachweiskennung:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Gegenstand:</translation>
    </message>
    <message>
        <source>Writer:</source>
        <translation>Verfasser:</translation>
    </message>
    <message>
        <source>Generated:</source>
        <translation>Erzeugt:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Signiert:</translation>
    </message>
    <message>
        <source>Declared digest:</source>
        <translation>Angegebene Prüfsumme:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Click a record (or press Enter) to open it</source>
        <translation>Einen Datensatz anklicken (oder Eingabe drücken), um ihn zu öffnen</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Policy decision</source>
        <translation>Richtlinienentscheidung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Cited by</source>
        <translation>Zitiert von</translation>
    </message>
    <message>
        <source>Select an evidence envelope to see its verdict and its file.</source>
        <translation>Wählen Sie einen Nachweisumschlag, um sein Prüfergebnis und seine Datei zu sehen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>The artifact hashes to its declared digest and the evidence id derives from it: nothing in this envelope changed since it was written.</source>
        <translation>Das Artefakt ergibt seine angegebene Prüfsumme und die Nachweiskennung leitet sich daraus ab: an diesem Umschlag hat sich seit dem Schreiben nichts geändert.</translation>
    </message>
    <message>
        <source>It is not signed, so who wrote it rests on the store&apos;s own integrity.</source>
        <translation>Er ist nicht signiert; wer ihn geschrieben hat, beruht also auf der Integrität des Speichers.</translation>
    </message>
    <message>
        <source>Tampered — do not rely on this evidence</source>
        <translation>Manipuliert – verlassen Sie sich nicht auf diesen Nachweis</translation>
    </message>
    <message>
        <source>The evidence id does not derive from the envelope&apos;s type, subject, writer and digest: one of them was changed after it was written.</source>
        <translation>Die Nachweiskennung leitet sich nicht aus Typ, Gegenstand, Verfasser und Prüfsumme des Umschlags ab: eines davon wurde nach dem Schreiben geändert.</translation>
    </message>
    <message>
        <source>The artifact no longer hashes to its declared digest: it was changed after the envelope was written.</source>
        <translation>Das Artefakt ergibt nicht mehr seine angegebene Prüfsumme: es wurde nach dem Schreiben des Umschlags geändert.</translation>
    </message>
    <message>
        <source>What this envelope records cannot be trusted.</source>
        <translation>Dem, was dieser Umschlag festhält, kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>Invalid — this envelope cannot be verified</source>
        <translation>Ungültig – dieser Umschlag kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>(The file changed since the store was read: this is what its bytes say now.)</source>
        <translation>(Die Datei hat sich geändert, seit der Speicher gelesen wurde: das ist ihr jetziger Inhalt.)</translation>
    </message>
    <message>
        <source>(Could not re-read the file: %1)</source>
        <translation>(Die Datei konnte nicht erneut gelesen werden: %1)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cited by: %1</source>
        <translation>Zitiert von: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No record cites this envelope.</source>
        <translation>Kein Datensatz zitiert diesen Umschlag.</translation>
    </message>
    <message>
        <source>Suspect — not the evidence its file name stands for</source>
        <translation>Verdächtig — nicht der Nachweis, für den sein Dateiname steht</translation>
    </message>
    <message>
        <source>Evidence is found by its id only: this file serves no reference, and those naming %1 are missing evidence.</source>
        <translation>Nachweise werden nur über ihre Kennung gefunden: diese Datei bedient keinen Verweis, und Verweise auf %1 sind fehlende Nachweise.</translation>
    </message>
    <message>
        <source>Conflict %1: its operation, task and journal line name this envelope.</source>
        <translation>Konflikt %1: sein Vorgang, seine Aufgabe und seine Journalzeile nennen diesen Umschlag.</translation>
    </message>
    <message>
        <source>Conflict %1: %2.</source>
        <translation>Konflikt %1: %2.</translation>
    </message>
    <message>
        <source>%1 (%2) names %3: missing evidence, this file is not it.</source>
        <translation>%1 (%2) nennt %3: fehlender Nachweis, diese Datei ist es nicht.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Cross-check</source>
        <translation>Gegenprüfung</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::JsonFindBar</name>
    <message>
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::JsonView</name>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find in this file (%1)</source>
        <translation>In dieser Datei suchen (%1)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole file to the clipboard</source>
        <translation>Die ganze Datei in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save a copy of the file, byte for byte</source>
        <translation>Eine bytegenaue Kopie der Datei speichern</translation>
    </message>
    <message>
        <source>%1 (over %2 MiB: shown without highlighting)</source>
        <translation>%1 (über %2 MiB: ohne Hervorhebung angezeigt)</translation>
    </message>
    <message>
        <source>Digest OK: the artifact hashes to the declared digest %1</source>
        <translation>Prüfsumme in Ordnung: das Artefakt ergibt die angegebene Prüfsumme %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Digest OK&lt;/b&gt; — the artifact hashes to the declared digest&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Prüfsumme in Ordnung&lt;/b&gt; – das Artefakt ergibt die angegebene Prüfsumme&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>TAMPERED: evidence_id does not derive from the envelope; expected %1 (digest %2)</source>
        <translation>MANIPULIERT: evidence_id leitet sich nicht aus dem Umschlag ab; erwartet %1 (Prüfsumme %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;TAMPERED&lt;/b&gt; — evidence_id does not derive from the envelope&lt;br&gt;Expected id: %1&lt;br&gt;Digest: %2</source>
        <translation>&lt;b&gt;MANIPULIERT&lt;/b&gt; – evidence_id leitet sich nicht aus dem Umschlag ab&lt;br&gt;Erwartete Kennung: %1&lt;br&gt;Prüfsumme: %2</translation>
    </message>
    <message>
        <source>TAMPERED: declared %1, computed %2</source>
        <translation>MANIPULIERT: angegeben %1, berechnet %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;TAMPERED&lt;/b&gt; — the artifact does not match its declared digest&lt;br&gt;Declared: %1&lt;br&gt;Computed: %2</source>
        <translation>&lt;b&gt;MANIPULIERT&lt;/b&gt; – das Artefakt passt nicht zu seiner angegebenen Prüfsumme&lt;br&gt;Angegeben: %1&lt;br&gt;Berechnet: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Not verifiable: %1</source>
        <translation>Nicht prüfbar: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not verifiable&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Nicht prüfbar&lt;/b&gt; – %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Export File</source>
        <translation>Datei exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json *.jsonl);;All files (*)</source>
        <translation>JSON-Dateien (*.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>SUSPECT: %1</source>
        <translation>VERDÄCHTIG: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;SUSPECT&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;VERDÄCHTIG&lt;/b&gt; — %1</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::MainWindow</name>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Daemon</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>Speicher ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Nachweise</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>&amp;Daemon</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Sync Desk</source>
        <translation>&amp;Über Sync Desk</translation>
    </message>
    <message>
        <source>About Sync Desk</source>
        <translation>Über Sync Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sync Desk %1&lt;/h3&gt;&lt;p&gt;The window onto the SourceOS sync daemon&apos;s workspace store: its operations, tasks, conflicts and evidence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sync Desk %1&lt;/h3&gt;&lt;p&gt;Das Fenster zum Arbeitsbereich-Speicher des SourceOS-Synchronisationsdienstes: seine Vorgänge, Aufgaben, Konflikte und Nachweise.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Acting as:</source>
        <translation>Handelnd als:</translation>
    </message>
    <message>
        <source>Acting actor</source>
        <translation>Handelnder Akteur</translation>
    </message>
    <message>
        <source>Decisions are checked against this actor&apos;s capabilities and scope, and recorded under its name.</source>
        <translation>Entscheidungen werden gegen die Berechtigungen und den Bereich dieses Akteurs geprüft und unter seinem Namen festgehalten.</translation>
    </message>
    <message>
        <source>This folder is not a Sync Desk store</source>
        <translation>Dieser Ordner ist kein Sync-Desk-Speicher</translation>
    </message>
    <message>
        <source>The store cannot be opened</source>
        <translation>Der Speicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

A workspace store has a manifest.json written by the sync daemon. Sync Desk never creates one by itself.</source>
        <translation>%1

Ein Arbeitsbereich-Speicher hat eine manifest.json, die der Synchronisationsdienst geschrieben hat. Sync Desk legt nie selbst eine an.</translation>
    </message>
    <message>
        <source>Sync Desk</source>
        <translation>Sync Desk</translation>
    </message>
    <message>
        <source>%1 — Sync Desk</source>
        <translation>%1 – Sync Desk</translation>
    </message>
    <message>
        <source>%1 — acting as %2 — Sync Desk</source>
        <translation>%1 – handelnd als %2 – Sync Desk</translation>
    </message>
    <message>
        <source>Open a Workspace Store</source>
        <translation>Einen Arbeitsbereich-Speicher öffnen</translation>
    </message>
    <message>
        <source>Still reading the store; this page opens when it is read.</source>
        <translation>Der Speicher wird noch gelesen; diese Seite öffnet sich, sobald er gelesen ist.</translation>
    </message>
    <message>
        <source>Still reading the store</source>
        <translation>Der Speicher wird noch gelesen</translation>
    </message>
    <message>
        <source>Reloading the store…</source>
        <translation>Der Speicher wird neu geladen…</translation>
    </message>
    <message>
        <source>The store just read is shown once Apply has finished.</source>
        <translation>Der gerade gelesene Speicher wird angezeigt, sobald das Anwenden abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Open the Other Store</source>
        <translation>Den anderen Speicher öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n staged decision(s) not applied yet.</source>
        <translation>
            <numerusform>%n vorgemerkte Entscheidung ist noch nicht angewendet.</numerusform>
            <numerusform>%n vorgemerkte Entscheidungen sind noch nicht angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are saved for %1 (%2) and come back, with their rationales, the next time this store is opened. Discard them to start afresh.</source>
        <translation>Sie werden für %1 (%2) gespeichert und kommen mit ihren Begründungen zurück, wenn dieser Speicher das nächste Mal geöffnet wird. Verwerfen Sie sie, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>They could not be saved for the next time: %1</source>
        <translation>Sie konnten nicht für das nächste Mal gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Keep Them for Next Time</source>
        <translation>Für das nächste Mal behalten</translation>
    </message>
    <message>
        <source>Go On Without Them</source>
        <translation>Ohne sie fortfahren</translation>
    </message>
    <message>
        <source>Discard Them</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Choose who is deciding</source>
        <translation>Wählen, wer entscheidet</translation>
    </message>
    <message>
        <source>--actor</source>
        <translation>--actor</translation>
    </message>
    <message>
        <source>the choice remembered for this store</source>
        <translation>der für diesen Speicher gespeicherten Auswahl</translation>
    </message>
    <message>
        <source>%1 (from %2) cannot decide in this store. %3</source>
        <translation>%1 (laut %2) kann in diesem Speicher nicht entscheiden. %3</translation>
    </message>
    <message>
        <source>%1 can no longer decide in this store. %2</source>
        <translation>%1 kann in diesem Speicher nicht mehr entscheiden. %2</translation>
    </message>
    <message>
        <source>%1 — cannot decide</source>
        <translation>%1 – kann nicht entscheiden</translation>
    </message>
    <message>
        <source>Switch the deciding actor?</source>
        <translation>Den entscheidenden Akteur wechseln?</translation>
    </message>
    <message>
        <source>They stay with %1: the next actor starts with nothing staged and no rationale typed.</source>
        <translation>Sie bleiben bei %1: Der nächste Akteur beginnt ohne Vormerkungen und ohne eingegebene Begründung.</translation>
    </message>
    <message>
        <source>Keep them for %1</source>
        <translation>Für %1 behalten</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>%1 has staged decisions (%2) that are not applied yet.</source>
        <translation>%1 hat vorgemerkte Entscheidungen (%2), die noch nicht angewendet sind.</translation>
    </message>
    <message>
        <source>Apply is writing as %1: switch the deciding actor when it has finished.</source>
        <translation>Das Anwenden schreibt als %1: Wechseln Sie den entscheidenden Akteur, wenn es abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::OperationDetail</name>
    <message>
        <source>Operation details</source>
        <translation>Vorgangsdetails</translation>
    </message>
    <message>
        <source>Operation record as JSON</source>
        <translation>Vorgangsdatensatz als JSON</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Select an operation to see its details.</source>
        <translation>Wählen Sie einen Vorgang, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>The file cannot be read now: %1</source>
        <translation>Die Datei kann jetzt nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Local id</source>
        <translation>Lokale Kennung</translation>
    </message>
    <message>
        <source>Remote id</source>
        <translation>Entfernte Kennung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Workspace / profile</source>
        <translation>Arbeitsbereich / Profil</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Replay-safe</source>
        <translation>Wiederholbar</translation>
    </message>
    <message>
        <source>Stale task</source>
        <translation>Veraltete Aufgabe</translation>
    </message>
    <message>
        <source>Lease expired</source>
        <translation>Zuteilung abgelaufen</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Idempotenzschlüssel</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Local log</source>
        <translation>Lokales Protokoll</translation>
    </message>
    <message>
        <source>Encryption profile</source>
        <translation>Verschlüsselungsprofil</translation>
    </message>
    <message>
        <source>Artifact admission</source>
        <translation>Artefakt-Zulassung</translation>
    </message>
    <message>
        <source>not in this store</source>
        <translation>nicht in diesem Speicher</translation>
    </message>
    <message>
        <source>Causal parents</source>
        <translation>Kausale Vorgänger</translation>
    </message>
    <message>
        <source>Causal children</source>
        <translation>Kausale Nachfolger</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>not final yet</source>
        <translation>noch nicht endgültig</translation>
    </message>
    <message>
        <source>Artifacts (provisional → final)</source>
        <translation>Artefakte (vorläufig → endgültig)</translation>
    </message>
    <message>
        <source>Policy decision</source>
        <translation>Richtlinienentscheidung</translation>
    </message>
    <message>
        <source>missing evidence</source>
        <translation>fehlender Nachweis</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>TAMPERED</source>
        <translation>MANIPULIERT</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Ledger evidence</source>
        <translation>Nachweise im Hauptbuch</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>still reading the store…</source>
        <translation>Speicher wird noch gelesen…</translation>
    </message>
    <message>
        <source>missing evidence: %1</source>
        <translation>fehlender Nachweis: %1</translation>
    </message>
    <message>
        <source>SUSPECT</source>
        <translation>VERDÄCHTIG</translation>
    </message>
    <message>
        <source>Conflict %1: %2.</source>
        <translation>Konflikt %1: %2.</translation>
    </message>
    <message>
        <source>Cross-check</source>
        <translation>Gegenprüfung</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::ProblemsView</name>
    <message>
        <source>it is a symbolic link, which Sync Desk does not follow</source>
        <translation>sie ist eine symbolische Verknüpfung, der Sync Desk nicht folgt</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>sie ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>Show errors: records the daemon refuses</source>
        <translation>Fehler zeigen: Datensätze, die der Dienst ablehnt</translation>
    </message>
    <message>
        <source>Show warnings: accepted, but worth a look</source>
        <translation>Warnungen zeigen: akzeptiert, aber einen Blick wert</translation>
    </message>
    <message>
        <source>Filter by file, rule, field or message…</source>
        <translation>Nach Datei, Regel, Feld oder Meldung filtern…</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 problems</source>
        <translation>%1 von %2 Problemen angezeigt</translation>
    </message>
    <message>
        <source>Select a problem to see its file.</source>
        <translation>Wählen Sie ein Problem, um seine Datei zu sehen.</translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::QueueView</name>
    <message>
        <source>Filter by operation type</source>
        <translation>Nach Vorgangstyp filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Nach Akteur filtern</translation>
    </message>
    <message>
        <source>Filter by device</source>
        <translation>Nach Gerät filtern</translation>
    </message>
    <message>
        <source>Search ids…</source>
        <translation>Kennungen suchen…</translation>
    </message>
    <message>
        <source>Search operations</source>
        <translation>Vorgänge suchen</translation>
    </message>
    <message>
        <source>Operation queue</source>
        <translation>Vorgangswarteschlange</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Alle Akteure</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::StorePage</name>
    <message>
        <source>Open a Store…</source>
        <translation>Einen Speicher öffnen…</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No store open</source>
        <translation>Kein Speicher geöffnet</translation>
    </message>
    <message>
        <source>Open a workspace store folder to see its operations, tasks, conflicts and evidence.</source>
        <translation>Öffnen Sie den Ordner eines Arbeitsbereich-Speichers, um seine Vorgänge, Aufgaben, Konflikte und Nachweise zu sehen.</translation>
    </message>
    <message>
        <source>Opening the store…</source>
        <translation>Der Speicher wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::StoreStatus</name>
    <message>
        <source>Generation %1</source>
        <translation>Generation %1</translation>
    </message>
    <message>
        <source>%1 operations · reading tasks, conflicts and evidence…</source>
        <translation>%1 Vorgänge · Aufgaben, Konflikte und Nachweise werden gelesen…</translation>
    </message>
    <message>
        <source>%1 operations · %2 tasks · %3 conflicts · %4 evidence</source>
        <translation>%1 Vorgänge · %2 Aufgaben · %3 Konflikte · %4 Nachweise</translation>
    </message>
    <message numerus="yes">
        <source>%n pending conflict(s)</source>
        <translation>
            <numerusform>%n offener Konflikt</numerusform>
            <numerusform>%n offene Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Nicht gesperrt</translation>
    </message>
    <message>
        <source>No program is writing to the store.</source>
        <translation>Kein Programm schreibt in den Speicher.</translation>
    </message>
    <message>
        <source>Locked by %1</source>
        <translation>Gesperrt von %1</translation>
    </message>
    <message>
        <source>a writer</source>
        <translation>einem schreibenden Programm</translation>
    </message>
    <message>
        <source>Process %1 on %2 holds the store&apos;s writer lock.</source>
        <translation>Prozess %1 auf %2 hält die Schreibsperre des Speichers.</translation>
    </message>
    <message>
        <source>writer.lock is %1, not a lock file</source>
        <translation>writer.lock ist %1, keine Sperrdatei</translation>
    </message>
    <message>
        <source>Lock state unknown</source>
        <translation>Sperrzustand unbekannt</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::TimelineText</name>
    <message>
        <source>%1 UTC</source>
        <extracomment>A point in time in UTC; %1 is the date and time.</extracomment>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::TimelineView</name>
    <message>
        <source>Task timeline</source>
        <translation>Zeitleiste der Aufgaben</translation>
    </message>
    <message>
        <source>Tasks on a UTC time axis, one lane per operation. Arrow keys move between tasks, plus and minus zoom, F fits everything.</source>
        <translation>Aufgaben auf einer UTC-Zeitachse, eine Spur je Vorgang. Pfeiltasten wechseln zwischen Aufgaben, Plus und Minus zoomen, F zeigt alles.</translation>
    </message>
    <message>
        <source>%1, %2, attempt %3</source>
        <translation>%1, %2, Versuch %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Vorgang: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <source>not yet (created %1)</source>
        <translation>noch nicht (angelegt %1)</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Abgeschlossen: %1</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>Duration: %1 so far</source>
        <translation>Dauer: bisher %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Duration: unknown (last updated %1)</source>
        <translation>Dauer: unbekannt (zuletzt aktualisiert %1)</translation>
    </message>
    <message>
        <source>Tasks that name no operation</source>
        <translation>Aufgaben ohne Vorgang</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>This operation is not in the store.</source>
        <translation>Dieser Vorgang ist nicht im Speicher.</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>(no operation)</source>
        <translation>(kein Vorgang)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>No store is open.</source>
        <translation>Kein Speicher ist geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>No task has a time to be placed on the timeline (%n task(s) without timestamps).</source>
        <translation>
            <numerusform>Keine Aufgabe hat eine Zeit für die Zeitleiste (%n Aufgabe ohne Zeitstempel).</numerusform>
            <numerusform>Keine Aufgabe hat eine Zeit für die Zeitleiste (%n Aufgaben ohne Zeitstempel).</numerusform>
        </translation>
    </message>
    <message>
        <source>This store has no tasks yet.</source>
        <translation>Dieser Speicher hat noch keine Aufgaben.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::TrayIcon</name>
    <message>
        <source>Show Sync Desk</source>
        <translation>Sync Desk anzeigen</translation>
    </message>
    <message>
        <source>Keep Running in the Tray When the Window Is Closed</source>
        <translation>Nach dem Schließen des Fensters im Systemabschnitt der Kontrollleiste weiterlaufen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>No system tray is available on this desktop.</source>
        <translation>Auf dieser Arbeitsfläche ist kein Systemabschnitt der Kontrollleiste verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>Sync Desk — %n pending conflict(s)</source>
        <translation>
            <numerusform>Sync Desk – %n offener Konflikt</numerusform>
            <numerusform>Sync Desk – %n offene Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync Desk — no pending conflicts</source>
        <translation>Sync Desk – keine offenen Konflikte</translation>
    </message>
    <message numerus="yes">
        <source>%n pending conflict(s)</source>
        <translation>
            <numerusform>%n offener Konflikt</numerusform>
            <numerusform>%n offene Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending conflicts</source>
        <translation>Keine offenen Konflikte</translation>
    </message>
    <message>
        <source>A conflict needs a decision</source>
        <translation>Ein Konflikt braucht eine Entscheidung</translation>
    </message>
    <message>
        <source>Blocking conflict on %1</source>
        <translation>Blockierender Konflikt bei %1</translation>
    </message>
    <message>
        <source>Conflict on %1 needs review</source>
        <translation>Konflikt bei %1 muss geprüft werden</translation>
    </message>
    <message>
        <source>%1: someone must decide it.</source>
        <translation>%1: Jemand muss ihn entscheiden.</translation>
    </message>
    <message>
        <source>A queued decision failed</source>
        <translation>Eine eingereihte Entscheidung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>a conflict</source>
        <translation>einem Konflikt</translation>
    </message>
    <message>
        <source>The daemon could not carry out the decision on %1 (task %2, attempt %3).</source>
        <translation>Der Dienst konnte die Entscheidung zu %1 nicht ausführen (Aufgabe %2, Versuch %3).</translation>
    </message>
    <message>
        <source>The daemon could not carry out the decision on %1 (task %2).</source>
        <translation>Der Dienst konnte die Entscheidung zu %1 nicht ausführen (Aufgabe %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n Eintrag erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n Einträge erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync Desk is still running</source>
        <translation>Sync Desk läuft weiter</translation>
    </message>
    <message>
        <source>It keeps watching the store and tells you when a conflict needs you. Quit it from the tray icon&apos;s menu.</source>
        <translation>Es beobachtet weiter den Speicher und meldet sich, wenn ein Konflikt Sie braucht. Beenden können Sie es über das Menü seines Symbols im Systemabschnitt der Kontrollleiste.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Validator</name>
    <message>
        <source>%1 is null; the daemon accepts it but a value is expected</source>
        <translation>%1 ist null; der Dienst akzeptiert das, aber ein Wert wird erwartet</translation>
    </message>
    <message>
        <source>%1 should be %2 but is %3 (%4)</source>
        <translation>%1 sollte %2 sein, ist aber %3 (%4)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an RFC 3339 UTC timestamp</source>
        <translation>ein UTC-Zeitstempel nach RFC 3339</translation>
    </message>
    <message>
        <source>%1 is not an RFC 3339 UTC timestamp: &apos;%2&apos;</source>
        <translation>%1 ist kein UTC-Zeitstempel nach RFC 3339: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>attempt is %1; attempts count from 1</source>
        <translation>attempt ist %1; Versuche zählen ab 1</translation>
    </message>
    <message>
        <source>%1[%2] should be a string but is %3</source>
        <translation>%1[%2] sollte eine Zeichenkette sein, ist aber %3</translation>
    </message>
    <message>
        <source>%1.%2 should be a string but is %3</source>
        <translation>%1.%2 sollte eine Zeichenkette sein, ist aber %3</translation>
    </message>
    <message>
        <source>decision_card.selected_at is not an RFC 3339 UTC timestamp</source>
        <translation>decision_card.selected_at ist kein UTC-Zeitstempel nach RFC 3339</translation>
    </message>
    <message>
        <source>decision_card.%1 should be a string but is %2</source>
        <translation>decision_card.%1 sollte eine Zeichenkette sein, ist aber %2</translation>
    </message>
    <message>
        <source>%1.capabilities has invalid values: %2 (allowed: %3)</source>
        <translation>%1.capabilities hat ungültige Werte: %2 (erlaubt: %3)</translation>
    </message>
    <message>
        <source>%1.decision_card missing required fields: %2</source>
        <translation>%1.decision_card fehlen Pflichtfelder: %2</translation>
    </message>
    <message>
        <source>%1.decision_card.options must be a list</source>
        <translation>%1.decision_card.options muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1.decision_card.options has invalid values: %2</source>
        <translation>%1.decision_card.options hat ungültige Werte: %2</translation>
    </message>
    <message>
        <source>%1.decision_card.recommended_option must be present in options, got &apos;%2&apos;</source>
        <translation>%1.decision_card.recommended_option muss in options vorkommen, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1.decision_card is half decided: selected_option, selected_by and selected_at must be all set or all null, but selected_option is null</source>
        <translation>%1.decision_card ist halb entschieden: selected_option, selected_by und selected_at müssen alle gesetzt oder alle null sein, aber selected_option ist null</translation>
    </message>
    <message>
        <source>%1.decision_card.selected_option must be present in options, got &apos;%2&apos;</source>
        <translation>%1.decision_card.selected_option muss in options vorkommen, erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1.decision_card is half decided: selected_option, selected_by and selected_at must be all set or all null, but %2 is null</source>
        <translation>%1.decision_card ist halb entschieden: selected_option, selected_by und selected_at müssen alle gesetzt oder alle null sein, aber %2 ist null</translation>
    </message>
    <message>
        <source>the daemon accepts this card, but it names an option without saying who chose it or when</source>
        <translation>der Dienst akzeptiert diese Karte, aber sie nennt eine Option, ohne zu sagen, wer sie wann gewählt hat</translation>
    </message>
    <message>
        <source>%1 is not a field of %2; the daemon keeps it but nothing reads it</source>
        <translation>%1 ist kein Feld von %2; der Dienst behält es, aber nichts liest es</translation>
    </message>
    <message>
        <source>record.schema is required: the record is a JSON %1, not an object</source>
        <translation>record.schema ist nötig: der Datensatz ist ein JSON-%1, kein Objekt</translation>
    </message>
    <message>
        <source>record.schema is required</source>
        <translation>record.schema ist nötig</translation>
    </message>
    <message>
        <source>%1 is a version of %2 that Sync Desk does not know (it knows %3)</source>
        <translation>%1 ist eine Version von %2, die Sync Desk nicht kennt (es kennt %3)</translation>
    </message>
    <message>
        <source>unsupported contract schema: %1</source>
        <translation>nicht unterstütztes Vertragsschema: %1</translation>
    </message>
    <message>
        <source>%1 missing required fields: %2</source>
        <translation>%1 fehlen Pflichtfelder: %2</translation>
    </message>
    <message>
        <source>%1.%2 must be one of %3, got &apos;%4&apos;</source>
        <translation>%1.%2 muss eines von %3 sein, erhalten: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1.%2 must be a list</source>
        <translation>%1.%2 muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1.%2 must be an object</source>
        <translation>%1.%2 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>evidence_type &apos;%1&apos; is not one of the published types %2</source>
        <translation>evidence_type &apos;%1&apos; ist keiner der veröffentlichten Typen %2</translation>
    </message>
    <message>
        <source>attestation lacks %1</source>
        <translation>attestation fehlt %1</translation>
    </message>
    <message>
        <source>attestation.signed should be true or false</source>
        <translation>attestation.signed sollte true oder false sein</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>key %1 appears more than once; like the daemon, the last value is used</source>
        <translation>Schlüssel %1 kommt mehrfach vor; wie beim Dienst gilt der letzte Wert</translation>
    </message>
</context>
<context>
    <name>SyncDesk::WriterLock</name>
    <message>
        <source>The lock file %1 cannot be created.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The store is being written by another program; the decisions stay staged.</source>
        <translation>Ein anderes Programm schreibt gerade in den Speicher; die Entscheidungen bleiben vorgemerkt.</translation>
    </message>
    <message>
        <source>The store is being written by %1 (process %2 on %3); the decisions stay staged.</source>
        <translation>%1 schreibt gerade in den Speicher (Prozess %2 auf %3); die Entscheidungen bleiben vorgemerkt.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be created: %2. Nothing was written.</source>
        <translation>Die Sperrdatei %1 kann nicht angelegt werden: %2. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>a file with other names (hard links)</source>
        <translation>eine Datei mit weiteren Namen (harte Links)</translation>
    </message>
    <message>
        <source>%1 is %2, not a lock file: no writer can lock the store until it is removed. Nothing was written.</source>
        <translation>%1 ist %2, keine Sperrdatei: Solange dieser Eintrag nicht entfernt ist, kann kein Programm den Speicher zum Schreiben sperren. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be read: %2. Nothing was written.</source>
        <translation>Die Sperrdatei %1 kann nicht gelesen werden: %2. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be locked: %2. Nothing was written.</source>
        <translation>Die Sperrdatei %1 kann nicht gesperrt werden: %2. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The lock file %1 cannot be written: %2. Nothing was written.</source>
        <translation>Die Sperrdatei %1 kann nicht geschrieben werden: %2. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2, not a lock file: no writer can lock the store until it is removed.</source>
        <translation>%1 ist %2, keine Sperrdatei: Solange dieser Eintrag nicht entfernt ist, kann kein Programm den Speicher zum Schreiben sperren.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sync Desk: the operation queue, task timeline, conflicts and evidence of a SourceOS workspace store.</source>
        <translation>Sync Desk: Vorgangswarteschlange, Aufgaben-Zeitleiste, Konflikte und Nachweise eines SourceOS-Arbeitsbereich-Speichers.</translation>
    </message>
    <message>
        <source>The workspace store to open.</source>
        <translation>Der zu öffnende Arbeitsbereich-Speicher.</translation>
    </message>
    <message>
        <source>Decide as this actor.</source>
        <translation>Als dieser Akteur entscheiden.</translation>
    </message>
    <message>
        <source>The daemon&apos;s local service (default http://127.0.0.1:8765).</source>
        <translation>Der lokale Dienst (Standard http://127.0.0.1:8765).</translation>
    </message>
    <message>
        <source>Allow a daemon URL that is not on this machine.</source>
        <translation>Eine Dienst-Adresse erlauben, die nicht auf diesem Rechner liegt.</translation>
    </message>
    <message>
        <source>Open the store, paint the first view, print load figures as one JSON line and exit.</source>
        <translation>Den Speicher öffnen, die erste Ansicht zeichnen, Ladezahlen als eine JSON-Zeile ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Save every view of the window as PNG into DIR and exit (used by scripts/screenshots.sh).</source>
        <translation>Jede Ansicht des Fensters als PNG in DIR speichern und beenden (von scripts/screenshots.sh verwendet).</translation>
    </message>
    <message>
        <source>--exit-after-load needs a STORE.</source>
        <translation>--exit-after-load braucht einen STORE.</translation>
    </message>
    <message>
        <source>Read every file of the store, without the load cache kept in the user&apos;s cache folder.</source>
        <translation>Jede Datei des Speichers lesen, ohne den Lade-Cache im Cache-Ordner des Benutzers.</translation>
    </message>
    <message>
        <source>The window&apos;s size in the screenshots, WIDTHxHEIGHT (default 1366x768).</source>
        <translation>Die Fenstergröße in den Bildschirmfotos, BREITExHÖHE (Standard 1366x768).</translation>
    </message>
    <message>
        <source>--screenshot-size wants WIDTHxHEIGHT, such as 1366x768.</source>
        <translation>--screenshot-size erwartet BREITExHÖHE, etwa 1366x768.</translation>
    </message>
</context>
</TS>
