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
    <message>
        <source>pending</source>
        <comment>conflict state</comment>
        <translation>offen</translation>
    </message>
    <message>
        <source>decided</source>
        <comment>conflict state</comment>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>invalid</source>
        <comment>conflict state</comment>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>Only conflicts already decided, with who chose, when and why.</source>
        <translation>Nur bereits entschiedene Konflikte, mit Angabe, wer wann und warum gewählt hat.</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>AT (UTC)</source>
        <translation>WANN (UTC)</translation>
    </message>
    <message>
        <source>WHY</source>
        <translation>WARUM</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(keine erfasst)</translation>
    </message>
    <message>
        <source>syncdesk-cli dossier export: writes the trail of one conflict, or of the decided conflicts, to a new folder OUT: every record copied byte for byte under records/, the trail&apos;s journal lines, report.html, manifest.json with the SHA-256 of every file and manifest.sha256. The store is only read. OUT must be new or empty and outside the store.
Exit 1 when the selection matches nothing or the export is refused or fails.</source>
        <translation>syncdesk-cli dossier export: schreibt den Verlauf eines Konflikts oder der entschiedenen Konflikte in einen neuen Ordner OUT: jeden Datensatz Byte für Byte kopiert unter records/, die Journalzeilen des Verlaufs, report.html, manifest.json mit der SHA-256-Prüfsumme jeder Datei und manifest.sha256. Der Speicher wird nur gelesen. OUT muss neu oder leer sein und außerhalb des Speichers liegen.
Exit-Status 1, wenn die Auswahl nichts trifft oder der Export abgelehnt wird oder fehlschlägt.</translation>
    </message>
    <message>
        <source>The dossier folder to write.</source>
        <translation>Der zu schreibende Dossier-Ordner.</translation>
    </message>
    <message>
        <source>Export this conflict&apos;s trail.</source>
        <translation>Den Verlauf dieses Konflikts exportieren.</translation>
    </message>
    <message>
        <source>Export the trails of the decided conflicts.</source>
        <translation>Die Verläufe der entschiedenen Konflikte exportieren.</translation>
    </message>
    <message>
        <source>With --decided: only conflicts this actor decided.</source>
        <translation>Mit --decided: nur Konflikte, die dieser Akteur entschieden hat.</translation>
    </message>
    <message>
        <source>With --decided: only decisions at or after T (RFC 3339 or YYYY-MM-DD).</source>
        <translation>Mit --decided: nur Entscheidungen ab T (RFC 3339 oder JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>With --decided: only decisions at or before T (RFC 3339 or YYYY-MM-DD).</source>
        <translation>Mit --decided: nur Entscheidungen bis T (RFC 3339 oder JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Give either --conflict ID or --decided (with --actor, --since, --until).</source>
        <translation>Entweder --conflict ID oder --decided (mit --actor, --since, --until) angeben.</translation>
    </message>
    <message>
        <source>Wrote the dossier %1: %2 conflict(s), %3 files (%4 record copies, %5 journal lines).</source>
        <translation>Dossier %1 geschrieben: %2 Konflikt(e), %3 Dateien (%4 Kopien von Datensätzen, %5 Journalzeilen).</translation>
    </message>
    <message>
        <source>manifest.json SHA-256: %1</source>
        <translation>SHA-256 von manifest.json: %1</translation>
    </message>
    <message>
        <source>syncdesk-cli dossier verify: checks a dossier folder offline: manifest.json against manifest.sha256, every file against the manifest (none missing, none added), every envelope&apos;s digest and id, each conflict&apos;s supersedes chain, and that the records name each other consistently. It proves the folder is unchanged since the export and consistent, not who made it: nothing is signed.
Exit 1 naming the first break.</source>
        <translation>syncdesk-cli dossier verify: prüft einen Dossier-Ordner offline: manifest.json gegen manifest.sha256, jede Datei gegen das Manifest (keine fehlt, keine kam hinzu), Prüfsumme und Kennung jedes Umschlags, die supersedes-Kette jedes Konflikts und ob die Datensätze einander stimmig benennen. Das belegt, dass der Ordner seit dem Export unverändert und stimmig ist, nicht, wer ihn erstellt hat: nichts ist signiert.
Exit-Status 1 mit Angabe der ersten Unstimmigkeit.</translation>
    </message>
    <message>
        <source>The dossier folder.</source>
        <translation>Der Dossier-Ordner.</translation>
    </message>
    <message>
        <source>Dossier verified: %1 files, %2 conflict(s), %3 envelopes (%4 decisions), %5 journal lines; unchanged since export and consistent (not signed).</source>
        <translation>Dossier bestätigt: %1 Dateien, %2 Konflikt(e), %3 Umschläge (%4 Entscheidungen), %5 Journalzeilen; seit dem Export unverändert und stimmig (nicht signiert).</translation>
    </message>
    <message>
        <source>Dossier broken: %1: %2</source>
        <translation>Dossier beschädigt: %1: %2</translation>
    </message>
    <message>
        <source>(folder)</source>
        <translation>(Ordner)</translation>
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
  dossier export STORE OUT (--conflict ID | --decided [--actor A] [--since T]
          [--until T]) [--json]         a folder an auditor can check alone
  dossier verify DOSSIER [--json]        digests, decision chains, references
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
  dossier export STORE OUT (--conflict ID | --decided [--actor A] [--since T]
          [--until T]) [--json]         ein Ordner, den ein Prüfer allein prüfen kann
  dossier verify DOSSIER [--json]        Prüfsummen, Entscheidungsketten, Verweise
  demo-store DIR [--operations N] [--tasks N] [--conflicts N] [--evidence N]
          [--seed S]

&apos;%1 BEFEHL --help&apos; erklärt einen Befehl. Exit-Status: 0 in Ordnung, 1 Befunde oder Ablehnungen, 2 Aufruf- oder E/A-Fehler.
</translation>
    </message>
    <message>
        <source>%1: decision %2: &quot;revise&quot; must be true or false</source>
        <translation>%1: Entscheidung %2: &quot;revise&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>syncdesk-cli resolve: applies decisions on pending conflicts under the store&apos;s writer lock: an evidence envelope, the decided conflict, a queued sync.conflict.resolve operation and its task, one journal line each, and the generation bump, all atomic and durable. The same decision twice is a no-op.
Either --conflict, --option and --actor, or --batch FILE (a JSON array of {&quot;conflict&quot;, &quot;option&quot;, &quot;actor&quot;, &quot;rationale&quot;}, each with an optional &quot;revise&quot;: true).
--revise decides already decided conflicts again: the first decision&apos;s records stay, the new evidence envelope names the one it supersedes; a revision always needs --rationale.
Exit 0 when every decision is applied or already applied, 1 when any is refused, 2 on usage or I/O errors.</source>
        <translation>syncdesk-cli resolve: wendet Entscheidungen zu offenen Konflikten unter der Schreibsperre des Speichers an: ein Nachweisumschlag, der entschiedene Konflikt, ein eingereihter Vorgang sync.conflict.resolve mit seiner Aufgabe, je eine Journalzeile und die Erhöhung der Generation, alles atomar und dauerhaft. Dieselbe Entscheidung zweimal bewirkt nichts.
Entweder --conflict, --option und --actor oder --batch FILE (ein JSON-Array aus {&quot;conflict&quot;, &quot;option&quot;, &quot;actor&quot;, &quot;rationale&quot;}, jeweils mit optionalem &quot;revise&quot;: true).
--revise entscheidet bereits entschiedene Konflikte erneut: die Datensätze der ersten Entscheidung bleiben, der neue Nachweisumschlag nennt den, den er ersetzt; eine Revision braucht immer --rationale.
Exit-Status 0, wenn jede Entscheidung angewendet wurde oder schon angewendet war, 1, wenn eine abgelehnt wurde, 2 bei Aufruf- oder E/A-Fehlern.</translation>
    </message>
    <message>
        <source>Revise decided conflicts: decide them again, keeping what the earlier decision wrote. Needs --rationale (or a &quot;rationale&quot; for each decision of a --batch).</source>
        <translation>Entschiedene Konflikte revidieren: sie erneut entscheiden und behalten, was die frühere Entscheidung geschrieben hat. Braucht --rationale (oder eine &quot;rationale&quot; für jede Entscheidung eines --batch).</translation>
    </message>
    <message>
        <source>Revising the decision on %1 needs --rationale: say why it changes.</source>
        <translation>Die Entscheidung zu %1 zu revidieren braucht --rationale: sagen, warum sie sich ändert.</translation>
    </message>
    <message>
        <source>(%1 is decided; to decide it again, use --revise with --rationale.)</source>
        <translation>(%1 ist entschieden; um erneut zu entscheiden, --revise mit --rationale verwenden.)</translation>
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
    <message>
        <source>under a minute</source>
        <translation>unter einer Minute</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>duration in hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 days</source>
        <comment>duration</comment>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>No resolve operation: decided outside Sync Desk</source>
        <translation>Kein Lösungsvorgang: außerhalb von Sync Desk entschieden</translation>
    </message>
    <message>
        <source>task: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <source>no task</source>
        <translation>keine Aufgabe</translation>
    </message>
    <message>
        <source>Resolve operation: %1 · %2 · queued at an unrecorded time</source>
        <translation>Lösungsvorgang: %1 · %2 · eingereiht zu unbekannter Zeit</translation>
    </message>
    <message>
        <source>Resolve operation: %1 · %2 · after %3</source>
        <translation>Lösungsvorgang: %1 · %2 · nach %3</translation>
    </message>
    <message>
        <source>Resolve operation: %1 · %2 · waiting %3</source>
        <translation>Lösungsvorgang: %1 · %2 · wartet seit %3</translation>
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
    <name>SyncDesk::ConflictTrail</name>
    <message>
        <source>Evidence %1 is missing</source>
        <translation>Nachweis %1 fehlt</translation>
    </message>
    <message>
        <source>Named by %1, but the store has no envelope with this id at its own file name.</source>
        <translation>Von %1 genannt, aber der Speicher hat keinen Umschlag mit dieser Kennung unter seinem eigenen Dateinamen.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2)</source>
        <translation>Nachweis %1 (%2)</translation>
    </message>
    <message>
        <source>Named by %1.</source>
        <translation>Von %1 genannt.</translation>
    </message>
    <message>
        <source>No actor recorded</source>
        <translation>Kein Akteur erfasst</translation>
    </message>
    <message>
        <source>Actor %1 is missing</source>
        <translation>Akteur %1 fehlt</translation>
    </message>
    <message>
        <source>The store has no actor record of this id.</source>
        <translation>Der Speicher hat keinen Akteur-Datensatz mit dieser Kennung.</translation>
    </message>
    <message>
        <source>Actor %1 (%2)</source>
        <translation>Akteur %1 (%2)</translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identität: %1</translation>
    </message>
    <message>
        <source>The envelope also holds this actor record as it was when the decision was made.</source>
        <translation>Der Umschlag enthält auch diesen Akteur-Datensatz, wie er zum Zeitpunkt der Entscheidung war.</translation>
    </message>
    <message>
        <source>the decision&apos;s policy reference</source>
        <translation>der Richtlinienverweis der Entscheidung</translation>
    </message>
    <message>
        <source>Policy decision %1 is missing</source>
        <translation>Richtlinienentscheidung %1 fehlt</translation>
    </message>
    <message>
        <source>The store has no policy decision record of this id.</source>
        <translation>Der Speicher hat keinen Datensatz einer Richtlinienentscheidung mit dieser Kennung.</translation>
    </message>
    <message>
        <source>Policy decision: %1 (%2 %3)</source>
        <translation>Richtlinienentscheidung: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>The envelope also holds this policy decision as it was when the decision was made.</source>
        <translation>Der Umschlag enthält auch diese Richtlinienentscheidung, wie sie zum Zeitpunkt der Entscheidung war.</translation>
    </message>
    <message>
        <source>Detected by operation %1 (%2)</source>
        <translation>Erkannt von Vorgang %1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>operation %1</source>
        <translation>Vorgang %1</translation>
    </message>
    <message>
        <source>Conflict %1 on %2 (%3)</source>
        <translation>Konflikt %1 auf %2 (%3)</translation>
    </message>
    <message>
        <source>Sides: %1</source>
        <translation>Seiten: %1</translation>
    </message>
    <message>
        <source>%1 on %2, Sync Desk %3</source>
        <translation>%1 auf %2, Sync Desk %3</translation>
    </message>
    <message>
        <source>Decision envelope %1 cannot be read</source>
        <translation>Entscheidungsumschlag %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Revised: %1 by %2</source>
        <translation>Revidiert: %1 von %2</translation>
    </message>
    <message>
        <source>Decided: %1 by %2</source>
        <translation>Entschieden: %1 von %2</translation>
    </message>
    <message>
        <source>Words: “%1”</source>
        <translation>Wortlaut: „%1“</translation>
    </message>
    <message>
        <source>At the keyboard: %1</source>
        <translation>An der Tastatur: %1</translation>
    </message>
    <message>
        <source>Supersedes %1</source>
        <translation>Ersetzt %1</translation>
    </message>
    <message>
        <source>Queued %1</source>
        <translation>Eingereiht: %1</translation>
    </message>
    <message>
        <source>the supersedes of envelope %1</source>
        <translation>das supersedes von Umschlag %1</translation>
    </message>
    <message>
        <source>No evidence envelope: decided outside Sync Desk, as the conflict record&apos;s card says.</source>
        <translation>Kein Nachweisumschlag: außerhalb von Sync Desk entschieden, wie die Karte des Konflikt-Datensatzes sagt.</translation>
    </message>
    <message>
        <source>The card differs from every envelope: changed outside Sync Desk.</source>
        <translation>Die Karte weicht von jedem Umschlag ab: außerhalb von Sync Desk geändert.</translation>
    </message>
    <message>
        <source>Resolve operation %1: %2</source>
        <translation>Lösungsvorgang %1: %2</translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>eingereiht %1</translation>
    </message>
    <message>
        <source>last moved %1</source>
        <translation>zuletzt bewegt %1</translation>
    </message>
    <message>
        <source>no task in the store</source>
        <translation>keine Aufgabe im Speicher</translation>
    </message>
    <message>
        <source>Task %1, attempt %2: %3</source>
        <translation>Aufgabe %1, Versuch %2: %3</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>zu %1</translation>
    </message>
    <message>
        <source>that operation is not in the store</source>
        <translation>dieser Vorgang ist nicht im Speicher</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>completed %1</source>
        <translation>abgeschlossen %1</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>Journal line %1: %2 %3 by %4</source>
        <translation>Journalzeile %1: %2 %3 von %4</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>evidence %1</source>
        <translation>Nachweis %1</translation>
    </message>
    <message>
        <source>journal line %1</source>
        <translation>Journalzeile %1</translation>
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
    <message>
        <source>%1 (%2)</source>
        <comment>reason (daemon&apos;s error)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 answered without a &quot;steps&quot; list</source>
        <translation>%1 antwortete ohne Liste „steps“</translation>
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
    <message>
        <source>The conflict is not decided yet: there is no decision to revise.</source>
        <translation>Der Konflikt ist noch nicht entschieden: es gibt keine Entscheidung zu revidieren.</translation>
    </message>
    <message>
        <source>Conflict %1 is not decided yet: there is no decision to revise.</source>
        <translation>Konflikt %1 ist noch nicht entschieden: es gibt keine Entscheidung zu revidieren.</translation>
    </message>
    <message>
        <source>Revising the decision on %1 needs a rationale: say why it changes.</source>
        <translation>Die Entscheidung zu %1 zu revidieren braucht eine Begründung: sagen, warum sie sich ändert.</translation>
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
    <name>SyncDesk::DossierExport</name>
    <message>
        <source>%1: the folder cannot be made</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: the folder cannot be opened: %2</source>
        <translation>%1: der Ordner kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The store has no conflict %1.</source>
        <translation>Der Speicher hat keinen Konflikt %1.</translation>
    </message>
    <message>
        <source>Name a conflict or choose the decided conflicts.</source>
        <translation>Einen Konflikt nennen oder die entschiedenen Konflikte wählen.</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not a date or an RFC 3339 time.</source>
        <translation>--since: „%1“ ist kein Datum und keine RFC-3339-Zeit.</translation>
    </message>
    <message>
        <source>--until: &quot;%1&quot; is not a date or an RFC 3339 time.</source>
        <translation>--until: „%1“ ist kein Datum und keine RFC-3339-Zeit.</translation>
    </message>
    <message>
        <source>No decided conflict matches the selection.</source>
        <translation>Kein entschiedener Konflikt passt zur Auswahl.</translation>
    </message>
    <message>
        <source>The store is not fully loaded.</source>
        <translation>Der Speicher ist nicht vollständig geladen.</translation>
    </message>
    <message>
        <source>%1 is inside the store: a dossier is written outside the store it reads.</source>
        <translation>%1 liegt im Speicher: ein Dossier wird außerhalb des Speichers geschrieben, den es liest.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty: a dossier needs a new or empty folder.</source>
        <translation>%1 ist nicht leer: ein Dossier braucht einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>%1: not a path inside the store</source>
        <translation>%1: kein Pfad im Speicher</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is shorter than when the store was read.</source>
        <translation>%1 ist kürzer als beim Lesen des Speichers.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::DossierManifest</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>format is &quot;%1&quot;, this build reads &quot;%2&quot;</source>
        <translation>format ist „%1“, dieses Programm liest „%2“</translation>
    </message>
    <message>
        <source>conflicts must be a list</source>
        <translation>conflicts muss eine Liste sein</translation>
    </message>
    <message>
        <source>a conflict lacks its conflict_id or record</source>
        <translation>einem Konflikt fehlt conflict_id oder record</translation>
    </message>
    <message>
        <source>conflict %1: decision_chain and files must be lists</source>
        <translation>Konflikt %1: decision_chain und files müssen Listen sein</translation>
    </message>
    <message>
        <source>journal must name %1 and list its lines</source>
        <translation>journal muss %1 nennen und seine Zeilen auflisten</translation>
    </message>
    <message>
        <source>journal line %1 lacks its store_line or sha256</source>
        <translation>Journalzeile %1 fehlt store_line oder sha256</translation>
    </message>
    <message>
        <source>files must be a list</source>
        <translation>files muss eine Liste sein</translation>
    </message>
    <message>
        <source>file entry %1 lacks its path, sha256 or size</source>
        <translation>Dateieintrag %1 fehlt path, sha256 oder size</translation>
    </message>
    <message>
        <source>not one line &quot;&lt;SHA-256&gt;  %1&quot;</source>
        <translation>nicht eine Zeile „&lt;SHA-256&gt;  %1“</translation>
    </message>
</context>
<context>
    <name>SyncDesk::DossierReport</name>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Conflict record</source>
        <translation>Konflikt-Datensatz</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Policy decision</source>
        <translation>Richtlinienentscheidung</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Journal line</source>
        <translation>Journalzeile</translation>
    </message>
    <message>
        <source>Resolve operation</source>
        <translation>Lösungsvorgang</translation>
    </message>
    <message>
        <source>Resolve task</source>
        <translation>Lösungsaufgabe</translation>
    </message>
    <message>
        <source>Sync Desk dossier</source>
        <translation>Sync-Desk-Dossier</translation>
    </message>
    <message>
        <source>conflict %1</source>
        <translation>Konflikt %1</translation>
    </message>
    <message>
        <source>decided conflicts</source>
        <translation>entschiedene Konflikte</translation>
    </message>
    <message>
        <source>, decided by %1</source>
        <translation>, entschieden von %1</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, ab %1</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, bis %1</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exportiert von</translation>
    </message>
    <message>
        <source>Sync Desk %1</source>
        <translation>Sync Desk %1</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), </source>
        <translation>
            <numerusform>%n Konflikt, </numerusform>
            <numerusform>%n Konflikte, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record file(s)</source>
        <translation>
            <numerusform>%n Datensatzdatei</numerusform>
            <numerusform>%n Datensatzdateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record below is copied byte for byte under records/. manifest.json lists the SHA-256 of every file, manifest.sha256 the SHA-256 of manifest.json. &apos;syncdesk-cli dossier verify FOLDER&apos; checks the digests and that the records agree with each other. Nothing is signed: this proves the dossier is unchanged since it was exported and consistent, not who exported it.</source>
        <translation>Jeder unten aufgeführte Datensatz ist Byte für Byte unter records/ kopiert. manifest.json listet die SHA-256-Prüfsumme jeder Datei, manifest.sha256 die SHA-256-Prüfsumme von manifest.json. &apos;syncdesk-cli dossier verify ORDNER&apos; prüft die Prüfsummen und ob die Datensätze miteinander übereinstimmen. Nichts ist signiert: das belegt, dass das Dossier seit dem Export unverändert und stimmig ist, nicht, wer es exportiert hat.</translation>
    </message>
    <message>
        <source>Conflict %1</source>
        <translation>Konflikt %1</translation>
    </message>
    <message>
        <source>Decision chain (first decision first):</source>
        <translation>Entscheidungskette (erste Entscheidung zuerst):</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Akteur:</translation>
    </message>
    <message>
        <source>Option:</source>
        <translation>Option:</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>Wortlaut:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Entschieden am:</translation>
    </message>
    <message>
        <source>Supersedes:</source>
        <translation>Ersetzt:</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>SyncDesk::DossierVerify</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>missing: the export did not finish, or the file was removed</source>
        <translation>fehlt: der Export wurde nicht abgeschlossen, oder die Datei wurde entfernt</translation>
    </message>
    <message>
        <source>its SHA-256 is %1, manifest.sha256 says %2: it was changed</source>
        <translation>ihre SHA-256-Prüfsumme ist %1, manifest.sha256 nennt %2: sie wurde geändert</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot;, which is no file a dossier holds</source>
        <translation>listet „%1“, keine Datei, die ein Dossier enthält</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; twice</source>
        <translation>listet „%1“ zweimal</translation>
    </message>
    <message>
        <source>does not list report.html</source>
        <translation>listet report.html nicht</translation>
    </message>
    <message>
        <source>is not a regular file (a link or a special file)</source>
        <translation>ist keine reguläre Datei (eine Verknüpfung oder Spezialdatei)</translation>
    </message>
    <message>
        <source>is not listed in manifest.json: it was added</source>
        <translation>ist nicht in manifest.json gelistet: sie wurde hinzugefügt</translation>
    </message>
    <message>
        <source>is missing: manifest.json lists it</source>
        <translation>fehlt: manifest.json listet sie</translation>
    </message>
    <message>
        <source>its SHA-256 is %1, manifest.json says %2: it was changed</source>
        <translation>ihre SHA-256-Prüfsumme ist %1, manifest.json nennt %2: sie wurde geändert</translation>
    </message>
    <message>
        <source>is missing: manifest.json lists its lines</source>
        <translation>fehlt: manifest.json listet ihre Zeilen</translation>
    </message>
    <message>
        <source>does not end with a newline</source>
        <translation>endet nicht mit einem Zeilenumbruch</translation>
    </message>
    <message>
        <source>holds %1 lines, manifest.json lists %2</source>
        <translation>enthält %1 Zeilen, manifest.json listet %2</translation>
    </message>
    <message>
        <source>journal lines are not in store order</source>
        <translation>Journalzeilen sind nicht in der Reihenfolge des Speichers</translation>
    </message>
    <message>
        <source>line %1 (line %2 of the store&apos;s journal) is not the line manifest.json lists</source>
        <translation>Zeile %1 (Zeile %2 des Journals des Speichers) ist nicht die Zeile, die manifest.json listet</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the envelope does not verify (%1): %2</source>
        <translation>der Umschlag besteht die Prüfung nicht (%1): %2</translation>
    </message>
    <message>
        <source>its gate is not an object</source>
        <translation>sein gate ist kein Objekt</translation>
    </message>
    <message>
        <source>gate.%1: the digest is not its record&apos;s</source>
        <translation>gate.%1: die Prüfsumme ist nicht die seines Datensatzes</translation>
    </message>
    <message>
        <source>gate.%1 is the record of %2, the decision names %3</source>
        <translation>gate.%1 ist der Datensatz von %2, die Entscheidung nennt %3</translation>
    </message>
    <message>
        <source>lists conflict %1 twice</source>
        <translation>listet Konflikt %1 zweimal</translation>
    </message>
    <message>
        <source>conflict %1 names %2, which it does not list</source>
        <translation>Konflikt %1 nennt %2, das er nicht listet</translation>
    </message>
    <message>
        <source>is missing: the record of conflict %1</source>
        <translation>fehlt: der Datensatz von Konflikt %1</translation>
    </message>
    <message>
        <source>is not the record of conflict %1</source>
        <translation>ist nicht der Datensatz von Konflikt %1</translation>
    </message>
    <message>
        <source>its subject is conflict %1 but its decision names %2</source>
        <translation>sein Gegenstand ist Konflikt %1, aber seine Entscheidung nennt %2</translation>
    </message>
    <message>
        <source>supersedes %1, which is not in the dossier</source>
        <translation>ersetzt %1, das nicht im Dossier ist</translation>
    </message>
    <message>
        <source>supersedes %1, which is not a decision on conflict %2</source>
        <translation>ersetzt %1, das keine Entscheidung zu Konflikt %2 ist</translation>
    </message>
    <message>
        <source>supersedes itself</source>
        <translation>ersetzt sich selbst</translation>
    </message>
    <message>
        <source>supersedes %1, which %2 supersedes too: the chain forks</source>
        <translation>ersetzt %1, das auch %2 ersetzt: die Kette verzweigt sich</translation>
    </message>
    <message>
        <source>its conflict_before is not the conflict_after of %1, which it supersedes</source>
        <translation>sein conflict_before ist nicht das conflict_after von %1, das er ersetzt</translation>
    </message>
    <message>
        <source>conflict %1: its decision chain names %2, which is not in the dossier</source>
        <translation>Konflikt %1: seine Entscheidungskette nennt %2, das nicht im Dossier ist</translation>
    </message>
    <message>
        <source>the supersedes chain of conflict %1 is a cycle</source>
        <translation>die supersedes-Kette von Konflikt %1 ist ein Kreis</translation>
    </message>
    <message>
        <source>conflict %1 has %2 latest decisions (%3): the supersedes chain is broken</source>
        <translation>Konflikt %1 hat %2 letzte Entscheidungen (%3): die supersedes-Kette ist unterbrochen</translation>
    </message>
    <message>
        <source>the supersedes chain loops</source>
        <translation>die supersedes-Kette bildet eine Schleife</translation>
    </message>
    <message>
        <source>is not on the supersedes chain of conflict %1 (a cycle)</source>
        <translation>liegt nicht auf der supersedes-Kette von Konflikt %1 (ein Kreis)</translation>
    </message>
    <message>
        <source>conflict %1: the decision chain it lists is not the one the envelopes form (%2)</source>
        <translation>Konflikt %1: die gelistete Entscheidungskette ist nicht die, die die Umschläge bilden (%2)</translation>
    </message>
    <message>
        <source>its conflict_after is not the decision card of %1, although it is the latest decision</source>
        <translation>sein conflict_after ist nicht die Entscheidungskarte von %1, obwohl er die letzte Entscheidung ist</translation>
    </message>
    <message>
        <source>is not at its operation_id&apos;s file name</source>
        <translation>liegt nicht unter dem Dateinamen seiner operation_id</translation>
    </message>
    <message>
        <source>a resolve operation without ledger_evidence_refs</source>
        <translation>ein Lösungsvorgang ohne ledger_evidence_refs</translation>
    </message>
    <message>
        <source>ledger_evidence_refs names %1, which is not in the dossier</source>
        <translation>ledger_evidence_refs nennt %1, das nicht im Dossier ist</translation>
    </message>
    <message>
        <source>ledger_evidence_refs names %1, about conflict %2, which conflict_ids does not name</source>
        <translation>ledger_evidence_refs nennt %1 zu Konflikt %2, den conflict_ids nicht nennt</translation>
    </message>
    <message>
        <source>ledger_evidence_refs names %1, which is the evidence of operation %2</source>
        <translation>ledger_evidence_refs nennt %1, den Nachweis von Vorgang %2</translation>
    </message>
    <message>
        <source>names operation %1, whose ledger_evidence_refs do not name this envelope</source>
        <translation>nennt Vorgang %1, dessen ledger_evidence_refs diesen Umschlag nicht nennen</translation>
    </message>
    <message>
        <source>is not at its task_id&apos;s file name</source>
        <translation>liegt nicht unter dem Dateinamen seiner task_id</translation>
    </message>
    <message>
        <source>names operation %1, which is not in the dossier</source>
        <translation>nennt Vorgang %1, der nicht im Dossier ist</translation>
    </message>
    <message>
        <source>evidence_refs names %1, which is not in the dossier</source>
        <translation>evidence_refs nennt %1, das nicht im Dossier ist</translation>
    </message>
    <message>
        <source>evidence_refs names %1, which is the evidence of task %2</source>
        <translation>evidence_refs nennt %1, den Nachweis von Aufgabe %2</translation>
    </message>
    <message>
        <source>line %1 is not a JSON object</source>
        <translation>Zeile %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>line %1 names evidence %2, which is not in the dossier</source>
        <translation>Zeile %1 nennt Nachweis %2, der nicht im Dossier ist</translation>
    </message>
    <message>
        <source>line %1 says evidence %2 supersedes %3, the envelope does not</source>
        <translation>Zeile %1 sagt, Nachweis %2 ersetzt %3, der Umschlag nicht</translation>
    </message>
    <message>
        <source>line %1 does not name the conflict, operation and task that evidence %2 names</source>
        <translation>Zeile %1 nennt nicht Konflikt, Vorgang und Aufgabe, die Nachweis %2 nennt</translation>
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
        <source>Cited by</source>
        <translation>Zitiert von</translation>
    </message>
    <message>
        <source>Suspect</source>
        <comment>evidence at another id&apos;s file name</comment>
        <translation>Verdächtig</translation>
    </message>
    <message>
        <source>None</source>
        <comment>signature</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Not verified</source>
        <comment>signature present</comment>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>A signature is present; Sync Desk does not verify signatures.</source>
        <translation>Eine Signatur ist vorhanden; Sync Desk prüft keine Signaturen.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
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
    <message>
        <source>Conflict %1 is not decided yet: there is no decision to revise.</source>
        <translation>Konflikt %1 ist noch nicht entschieden: es gibt keine Entscheidung zu revidieren.</translation>
    </message>
    <message>
        <source>Already decided so: %1 by %2 at %3, with the same words.</source>
        <translation>Bereits so entschieden: %1 von %2 am %3, mit denselben Worten.</translation>
    </message>
    <message>
        <source>The actor record of %1 changed while the decision was checked; nothing was written. Apply again.</source>
        <translation>Der Akteur-Datensatz von %1 hat sich während der Prüfung der Entscheidung geändert; nichts wurde geschrieben. Erneut anwenden.</translation>
    </message>
    <message>
        <source>Policy decision %1 changed while the decision was checked; nothing was written. Apply again.</source>
        <translation>Richtlinienentscheidung %1 hat sich während der Prüfung der Entscheidung geändert; nichts wurde geschrieben. Erneut anwenden.</translation>
    </message>
    <message>
        <source>Revised %1 to %2 (was %3); queued %4.</source>
        <translation>%1 revidiert: %2 (vorher %3); %4 eingereiht.</translation>
    </message>
    <message>
        <source>Envelopes %1 all claim the decision on the card of %2: the decision history cannot say which one a revision supersedes, so nothing was written. Check the evidence folder.</source>
        <translation>Die Nachweisumschläge %1 beanspruchen alle die Entscheidung auf der Karte von %2: Der Entscheidungsverlauf kann nicht sagen, welchen eine Revision ersetzt, daher wurde nichts geschrieben. Bitte den Ordner mit den Nachweisen prüfen.</translation>
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
        <source>another file&apos;s name is shown as this one (its bytes are not UTF-8); only the first in byte order is read</source>
        <translation>der Name einer anderen Datei wird wie dieser angezeigt (seine Bytes sind kein UTF-8); nur die erste in Byte-Reihenfolge wird gelesen</translation>
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
    <message>
        <source>Revising: %1 (was %2)</source>
        <translation>Revision: %1 (vorher %2)</translation>
    </message>
    <message>
        <source>Revising</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>  ·  </source>
        <translation>  ·  </translation>
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
    <message>
        <source>Show trail…</source>
        <translation>Verlauf anzeigen…</translation>
    </message>
    <message>
        <source>The revision of %1 was cancelled; its decision stands.</source>
        <translation>Die Revision von %1 wurde abgebrochen; seine Entscheidung bleibt bestehen.</translation>
    </message>
    <message>
        <source>Revising %1: choose with M, F or S and say why; Apply writes the revision, the earlier decision&apos;s records stay.</source>
        <translation>%1 revidieren: mit M, F oder S wählen und begründen; „Anwenden“ schreibt die Revision, die Datensätze der früheren Entscheidung bleiben.</translation>
    </message>
    <message>
        <source>%1 may not revise %2.</source>
        <translation>%1 darf %2 nicht revidieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them revise(s) an earlier decision: its records stay, and the new evidence names the envelope it supersedes.</source>
        <translation>
            <numerusform>%n davon revidiert eine frühere Entscheidung: ihre Datensätze bleiben, und der neue Nachweis nennt den Umschlag, den er ersetzt.</numerusform>
            <numerusform>%n davon revidieren eine frühere Entscheidung: ihre Datensätze bleiben, und der neue Nachweis nennt den Umschlag, den er ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for changes made while Sync Desk was closed; staging waits.</source>
        <translation>Prüfe, was sich seit dem Schließen geändert hat; Vormerken wartet.</translation>
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
    <message>
        <source>Daemon live, readiness unknown</source>
        <translation>Dienst läuft, Bereitschaft unbekannt</translation>
    </message>
    <message>
        <source>Daemon live, readiness unknown (%1)</source>
        <translation>Dienst läuft, Bereitschaft unbekannt (%1)</translation>
    </message>
    <message>
        <source>The daemon answers /healthz, but its readiness could not be read: %1
Its readiness report is rebuilt on every request; an unreadable record in objects/ or a slow policy service is enough to make it fail.</source>
        <translation>Der Dienst antwortet auf /healthz, aber seine Bereitschaft konnte nicht gelesen werden: %1
Sein Bereitschaftsbericht wird bei jeder Anfrage neu erstellt; ein unlesbarer Datensatz in objects/ oder ein langsamer Richtliniendienst genügt, damit er fehlschlägt.</translation>
    </message>
    <message>
        <source>Daemon ready, degraded</source>
        <translation>Dienst bereit, eingeschränkt</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::DaemonView</name>
    <message>
        <source>Repair plan preview</source>
        <translation>Vorschau des Reparaturplans</translation>
    </message>
    <message>
        <source>Repair plan preview (read-only): loading…</source>
        <translation>Vorschau des Reparaturplans (schreibgeschützt): wird geladen…</translation>
    </message>
    <message>
        <source>Repair plan preview (read-only): the daemon is %1</source>
        <translation>Vorschau des Reparaturplans (schreibgeschützt): der Dienst ist %1</translation>
    </message>
    <message>
        <source>The daemon proposes these steps. Sync Desk only shows them: a repair is the daemon&apos;s to carry out, with its operator&apos;s approval.</source>
        <translation>Der Dienst schlägt diese Schritte vor. Sync Desk zeigt sie nur an: eine Reparatur führt der Dienst aus, mit Zustimmung seines Betreibers.</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Erzeugt: %1</translation>
    </message>
    <message>
        <source>The daemon did not mark this plan as a preview</source>
        <translation>Der Dienst hat diesen Plan nicht als Vorschau gekennzeichnet</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>step (kind)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>[destructive]</source>
        <translation>[destruktiv]</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>Held back:</source>
        <translation>Zurückgehalten:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Repair plan preview (read-only): not available</source>
        <translation>Vorschau des Reparaturplans (schreibgeschützt): nicht verfügbar</translation>
    </message>
    <message>
        <source>The daemon&apos;s repair plan could not be read: %1</source>
        <translation>Der Reparaturplan des Dienstes konnte nicht gelesen werden: %1</translation>
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
    <message>
        <source>Revise decision…</source>
        <translation>Entscheidung revidieren…</translation>
    </message>
    <message>
        <source>Decide this conflict again: the earlier decision&apos;s records stay, and the new evidence names the one it supersedes</source>
        <translation>Diesen Konflikt erneut entscheiden: die Datensätze der früheren Entscheidung bleiben, und der neue Nachweis nennt den, den er ersetzt</translation>
    </message>
    <message>
        <source>Show trail…</source>
        <translation>Verlauf anzeigen…</translation>
    </message>
    <message>
        <source>Show trail</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Everything the store records about this conflict, in time order: detection, decisions and revisions, evidence, journal, resolve work</source>
        <translation>Alles, was der Speicher zu diesem Konflikt erfasst, in zeitlicher Reihenfolge: Erkennung, Entscheidungen und Revisionen, Nachweise, Journal, Lösungsarbeit</translation>
    </message>
    <message>
        <source>Cancel revision</source>
        <translation>Revision abbrechen</translation>
    </message>
    <message>
        <source>Follow-through: %1</source>
        <translation>Umsetzung: %1</translation>
    </message>
    <message>
        <source>Revising: choose M, F or S, and say why (required) *</source>
        <translation>Revision: M, F oder S wählen und begründen (nötig) *</translation>
    </message>
    <message>
        <source>Revising: %1 (was %2); rationale (required) *</source>
        <translation>Revision: %1 (vorher %2); Begründung (nötig) *</translation>
    </message>
    <message>
        <source>⚠ Required: a revision says in your own words why the decision changes.</source>
        <translation>⚠ Nötig: eine Revision sagt mit eigenen Worten, warum sich die Entscheidung ändert.</translation>
    </message>
    <message>
        <source>Nothing can be written until Sync Desk has checked which files changed while it was closed: a card may still show them as they were.</source>
        <translation>Nichts kann geschrieben werden, bis Sync Desk geprüft hat, welche Dateien sich geändert haben, während es geschlossen war: Eine Karte kann sie noch so zeigen, wie sie waren.</translation>
    </message>
    <message>
        <source>Checking the store for changes…</source>
        <translation>Prüfe Speicher auf Änderungen…</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::DossierExporter</name>
    <message>
        <source>Export Dossier of %1: Choose a New or Empty Folder</source>
        <translation>Dossier von %1 exportieren: neuen oder leeren Ordner wählen</translation>
    </message>
    <message>
        <source>Dossier Not Exported</source>
        <translation>Dossier nicht exportiert</translation>
    </message>
    <message>
        <source>Dossier Exported</source>
        <translation>Dossier exportiert</translation>
    </message>
    <message numerus="yes">
        <source>The dossier of %1 is in %2: %n conflict(s), </source>
        <translation>
            <numerusform>Das Dossier von %1 liegt in %2: %n Konflikt, </numerusform>
            <numerusform>Das Dossier von %1 liegt in %2: %n Konflikte, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s).</source>
        <translation>
            <numerusform>%n Datei.</numerusform>
            <numerusform>%n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>An auditor checks it with &apos;syncdesk-cli dossier verify %1&apos;. Printing adds a PDF beside the folder, not in it.</source>
        <translation>Ein Prüfer prüft es mit &apos;syncdesk-cli dossier verify %1&apos;. Drucken legt eine PDF-Datei neben den Ordner, nicht hinein.</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Als PDF drucken…</translation>
    </message>
    <message>
        <source>Print Dossier Report to PDF</source>
        <translation>Dossier-Bericht als PDF drucken</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>PDF Not Written</source>
        <translation>PDF nicht geschrieben</translation>
    </message>
    <message>
        <source>A file inside the dossier folder would make it fail verification. Choose a place outside %1.</source>
        <translation>Eine Datei im Dossier-Ordner würde dessen Prüfung scheitern lassen. Einen Ort außerhalb von %1 wählen.</translation>
    </message>
    <message>
        <source>PDF Written</source>
        <translation>PDF geschrieben</translation>
    </message>
    <message>
        <source>The dossier&apos;s report is printed to %1.</source>
        <translation>Der Bericht des Dossiers wurde nach %1 gedruckt.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::DossierPrinter</name>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to print.</source>
        <translation>%1 ist zu groß zum Drucken.</translation>
    </message>
    <message>
        <source>Sync Desk dossier</source>
        <translation>Sync-Desk-Dossier</translation>
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
    <message>
        <source>Show trail of its conflict…</source>
        <translation>Verlauf seines Konflikts anzeigen…</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::EvidenceDetail</name>
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
    <message>
        <source>present, not verified</source>
        <translation>vorhanden, nicht geprüft</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no attestation</source>
        <translation>keine Beglaubigung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>signature (reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>Decision recorded in this envelope</source>
        <translation>In diesem Umschlag erfasste Entscheidung</translation>
    </message>
    <message>
        <source>Its signature is not verified (Sync Desk checks none), so who wrote it rests on the store&apos;s own integrity.</source>
        <translation>Seine Signatur ist nicht geprüft (Sync Desk prüft keine), daher beruht die Urheberschaft auf der Integrität des Speichers selbst.</translation>
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
    <message>
        <source>Export &amp;Dossier…</source>
        <translation>&amp;Dossier exportieren…</translation>
    </message>
    <message>
        <source>The current conflict&apos;s trail, or those of the decided conflicts, as a folder an auditor can verify alone</source>
        <translation>Der Verlauf des aktuellen Konflikts oder die der entschiedenen Konflikte, als Ordner, den ein Prüfer allein prüfen kann</translation>
    </message>
    <message>
        <source>the decided conflicts</source>
        <translation>die entschiedenen Konflikte</translation>
    </message>
    <message>
        <source>conflict %1</source>
        <translation>Konflikt %1</translation>
    </message>
    <message>
        <source>Export Dossier</source>
        <translation>Dossier exportieren</translation>
    </message>
    <message>
        <source>Open a store and let it load first.</source>
        <translation>Zuerst einen Speicher öffnen und laden lassen.</translation>
    </message>
    <message>
        <source>Choose a conflict on the Conflicts page, or show its decided conflicts, first.</source>
        <translation>Zuerst auf der Seite „Konflikte“ einen Konflikt wählen oder dort die entschiedenen Konflikte anzeigen.</translation>
    </message>
    <message>
        <source>Checking the store for changes…</source>
        <translation>Prüfe Speicher auf Änderungen…</translation>
    </message>
    <message>
        <source>They cannot be discarded until Sync Desk has checked which files changed while it was closed.</source>
        <translation>Verwerfen ist erst möglich, wenn Sync Desk geprüft hat, welche Dateien sich geändert haben, während es geschlossen war.</translation>
    </message>
    <message>
        <source>They are saved for %1 (%2) and come back, with their rationales, the next time this store is opened.</source>
        <translation>Sie werden für %1 (%2) gespeichert und kommen mit ihren Begründungen zurück, wenn dieser Speicher das nächste Mal geöffnet wird.</translation>
    </message>
    <message>
        <source>Discard them to start afresh.</source>
        <translation>Verwerfen Sie sie, um neu zu beginnen.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::NavigationHistory</name>
    <message>
        <source>&amp;Back</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <source>Back to the previous page (Alt+Left)</source>
        <translation>Zurück zur vorigen Seite (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Forward to the next page (Alt+Right)</source>
        <translation>Vorwärts zur nächsten Seite (Alt+Rechts)</translation>
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
    <message>
        <source>The selected operation is hidden by the filter.</source>
        <translation>Der gewählte Vorgang ist durch den Filter ausgeblendet.</translation>
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
    <message>
        <source>Show trail of its conflict…</source>
        <translation>Verlauf seines Konflikts anzeigen…</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::ResolutionSummary</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>policy decision id, effect</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · digest %2</source>
        <translation>%1 · Prüfsumme %2</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>%1 (a revision)</source>
        <translation>%1 (eine Revision)</translation>
    </message>
    <message>
        <source>Actor:</source>
        <translation>Akteur:</translation>
    </message>
    <message>
        <source>At the keyboard:</source>
        <translation>An der Tastatur:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>%1 on %2, Sync Desk %3</source>
        <comment>os user on host, version</comment>
        <translation>%1 auf %2, Sync Desk %3</translation>
    </message>
    <message>
        <source>Decided at:</source>
        <translation>Entschieden am:</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>Wortlaut:</translation>
    </message>
    <message>
        <source>Policy:</source>
        <translation>Richtlinie:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>policy decision (effect)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Supersedes:</source>
        <translation>Ersetzt:</translation>
    </message>
    <message>
        <source>a decision made outside Sync Desk (no envelope)</source>
        <translation>eine außerhalb von Sync Desk getroffene Entscheidung (kein Umschlag)</translation>
    </message>
    <message>
        <source>Gate, actor:</source>
        <translation>Prüfung, Akteur:</translation>
    </message>
    <message>
        <source>Gate, policy:</source>
        <translation>Prüfung, Richtlinie:</translation>
    </message>
    <message>
        <source>The card, before → after:</source>
        <translation>Die Karte, vorher → nachher:</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Selected by</source>
        <translation>Gewählt von</translation>
    </message>
    <message>
        <source>Selected at</source>
        <translation>Gewählt am</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>before → after</comment>
        <translation>%1 → %2</translation>
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
    <name>SyncDesk::Ui::TimelineLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Other status</source>
        <translation>Anderer Status</translation>
    </message>
    <message>
        <source>Running tasks end in an arrow: at the store&apos;s latest time, or at the edge of the view when they run on past it.</source>
        <translation>Laufende Aufgaben enden in einem Pfeil: zur letzten Zeit des Speichers oder am Rand der Ansicht, wenn sie darüber hinaus laufen.</translation>
    </message>
    <message>
        <source>Pending tasks are hollow and dashed.</source>
        <translation>Offene Aufgaben sind hohl und gestrichelt.</translation>
    </message>
    <message>
        <source>Failed tasks are hatched.</source>
        <translation>Fehlgeschlagene Aufgaben sind schraffiert.</translation>
    </message>
    <message>
        <source>Cancelled tasks are struck through.</source>
        <translation>Abgebrochene Aufgaben sind durchgestrichen.</translation>
    </message>
    <message>
        <source>A status word the task contract does not know.</source>
        <translation>Ein Statuswort, das der Aufgabenvertrag nicht kennt.</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::TimelinePage</name>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>The last busy span: tasks until the latest one, back to the first pause longer than two hours (at least 10 minutes, at most 7 days).</source>
        <translation>Die letzte aktive Spanne: Aufgaben bis zur neuesten, zurück bis zur ersten Pause von mehr als zwei Stunden (mindestens 10 Minuten, höchstens 7 Tage).</translation>
    </message>
    <message>
        <source>Up to the store&apos;s latest task time, not to the clock&apos;s now.</source>
        <translation>Bis zur letzten Aufgabenzeit des Speichers, nicht bis zur aktuellen Uhrzeit.</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Other status</source>
        <translation>Anderer Status</translation>
    </message>
    <message>
        <source>Filter by operation type</source>
        <translation>Nach Vorgangstyp filtern</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>All operation types</source>
        <translation>Alle Vorgangstypen</translation>
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
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Wartet seit %1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>Zuletzt aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::TrailDialog</name>
    <message>
        <source>Trail</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Trail of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::TrailView</name>
    <message>
        <source>Trail</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trail entry</source>
        <translation>Verlaufseintrag</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Resolve operation</source>
        <translation>Lösungsvorgang</translation>
    </message>
    <message>
        <source>Resolve task</source>
        <translation>Lösungsaufgabe</translation>
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
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Misnamed</source>
        <translation>Falsch benannt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>No conflict chosen.</source>
        <translation>Kein Konflikt gewählt.</translation>
    </message>
    <message>
        <source>The store has no conflict %1.</source>
        <translation>Der Speicher hat keinen Konflikt %1.</translation>
    </message>
    <message>
        <source>entries: %L1</source>
        <translation>Einträge: %L1</translation>
    </message>
    <message>
        <source>decision envelopes: %L1</source>
        <translation>Entscheidungsumschläge: %L1</translation>
    </message>
    <message>
        <source>missing: %L1</source>
        <translation>fehlend: %L1</translation>
    </message>
    <message>
        <source>failed or not verified: %L1</source>
        <translation>fehlgeschlagen oder nicht geprüft: %L1</translation>
    </message>
    <message>
        <source>Conflict %1 · %2</source>
        <translation>Konflikt %1 · %2</translation>
    </message>
    <message>
        <source>no time recorded</source>
        <translation>keine Zeit erfasst</translation>
    </message>
    <message>
        <source>Line %1 of journal.jsonl, as written:</source>
        <translation>Zeile %1 von journal.jsonl, wie geschrieben:</translation>
    </message>
    <message>
        <source>No record to open: %1 is not in the store.</source>
        <translation>Kein Datensatz zu öffnen: %1 ist nicht im Speicher.</translation>
    </message>
    <message>
        <source>Open %1 in the queue</source>
        <translation>%1 in der Warteschlange öffnen</translation>
    </message>
    <message>
        <source>Open %1 on the evidence page</source>
        <translation>%1 auf der Seite „Nachweise“ öffnen</translation>
    </message>
    <message>
        <source>Open %1 on the conflicts page</source>
        <translation>%1 auf der Seite „Konflikte“ öffnen</translation>
    </message>
    <message>
        <source>Show %1 here</source>
        <translation>%1 hier anzeigen</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1 kann nicht angezeigt werden: %2</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
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
