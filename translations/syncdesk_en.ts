<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SyncDesk::DossierReport</name>
    <message numerus="yes">
        <source>%n conflict(s), </source>
        <translation>
            <numerusform>%n conflict, </numerusform>
            <numerusform>%n conflicts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record file(s)</source>
        <translation>
            <numerusform>%n record file</numerusform>
            <numerusform>%n record files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::ResolutionDetail</name>
    <message numerus="yes">
        <source>Removed %n temp file(s) an interrupted write of Sync Desk left behind.</source>
        <translation>
            <numerusform>Removed %n temp file an interrupted write of Sync Desk left behind.</numerusform>
            <numerusform>Removed %n temp files an interrupted write of Sync Desk left behind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal line(s) of the interrupted write lacked their generation bump; it was added.</source>
        <translation>
            <numerusform>%n journal line of the interrupted write lacked its generation bump; it was added.</numerusform>
            <numerusform>%n journal lines of the interrupted write lacked their generation bump; it was added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::StoreLoader</name>
    <message numerus="yes">
        <source>and %n more corrupt line(s), not listed one by one: the first at line %1, the last at line %2 (%3 corrupt lines in all)</source>
        <translation>
            <numerusform>and %n more corrupt line, not listed one by one: the first at line %1, the last at line %2 (%3 corrupt lines in all)</numerusform>
            <numerusform>and %n more corrupt lines, not listed one by one: the first at line %1, the last at line %2 (%3 corrupt lines in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>event_id %1 is carried by %2 lines: %3 and %n more; writers that counted the same lines gave their lines one number (the daemon&apos;s race)</source>
        <translation>
            <numerusform>event_id %1 is carried by %2 lines: %3 and %n more; writers that counted the same lines gave their lines one number (the daemon&apos;s race)</numerusform>
            <numerusform>event_id %1 is carried by %2 lines: %3 and %n more; writers that counted the same lines gave their lines one number (the daemon&apos;s race)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more event id(s) carried by more than one line, not listed one by one: between lines %1 and %2 (%3 lines)</source>
        <translation>
            <numerusform>and %n more event id carried by more than one line, not listed one by one: between lines %1 and %2 (%3 lines)</numerusform>
            <numerusform>and %n more event ids carried by more than one line, not listed one by one: between lines %1 and %2 (%3 lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more run(s) of misnumbered lines, not listed one by one: the first at line %1, the last ending at line %2 (%3 misnumbered lines in all)</source>
        <translation>
            <numerusform>and %n more run of misnumbered lines, not listed one by one: the first at line %1, the last ending at line %2 (%3 misnumbered lines in all)</numerusform>
            <numerusform>and %n more runs of misnumbered lines, not listed one by one: the first at line %1, the last ending at line %2 (%3 misnumbered lines in all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>manifest.json active_generation is %1 but journal.jsonl holds %2 events: %n bump(s) were lost (the daemon&apos;s manifest race)</source>
        <translation>
            <numerusform>manifest.json active_generation is %1 but journal.jsonl holds %2 events: %n bump was lost (the daemon&apos;s manifest race)</numerusform>
            <numerusform>manifest.json active_generation is %1 but journal.jsonl holds %2 events: %n bumps were lost (the daemon&apos;s manifest race)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>manifest.json active_generation is %1 but journal.jsonl holds %2 events: %n bump(s) more than events (lines were removed or glued into one, or a bump was given twice)</source>
        <translation>
            <numerusform>manifest.json active_generation is %1 but journal.jsonl holds %2 events: %n bump more than events (lines were removed or glued into one, or a bump was given twice)</numerusform>
            <numerusform>manifest.json active_generation is %1 but journal.jsonl holds %2 events: %n bumps more than events (lines were removed or glued into one, or a bump was given twice)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::ConflictsView</name>
    <message numerus="yes">
        <source>%n of them revise(s) an earlier decision: its records stay, and the new evidence names the envelope it supersedes.</source>
        <translation>
            <numerusform>%n of them revises an earlier decision: its records stay, and the new evidence names the envelope it supersedes.</numerusform>
            <numerusform>%n of them revise an earlier decision: their records stay, and the new evidence names the envelope it supersedes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::DossierExporter</name>
    <message numerus="yes">
        <source>The dossier of %1 is in %2: %n conflict(s), </source>
        <translation>
            <numerusform>The dossier of %1 is in %2: %n conflict, </numerusform>
            <numerusform>The dossier of %1 is in %2: %n conflicts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s).</source>
        <translation>
            <numerusform>%n file.</numerusform>
            <numerusform>%n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::EventsView</name>
    <message numerus="yes">
        <source>%n event(s), fetched at %1</source>
        <translation>
            <numerusform>%n event, fetched at %1</numerusform>
            <numerusform>%n events, fetched at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s), not current</source>
        <translation>
            <numerusform>%n event, not current</numerusform>
            <numerusform>%n events, not current</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::EvidenceDetail</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n staged decision(s) not applied yet.</source>
        <translation>
            <numerusform>%n staged decision not applied yet.</numerusform>
            <numerusform>%n staged decisions not applied yet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::QueueView</name>
    <message numerus="yes">
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operation</numerusform>
            <numerusform>%n operations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::StoreStatus</name>
    <message numerus="yes">
        <source>%n pending conflict(s)</source>
        <translation>
            <numerusform>%n pending conflict</numerusform>
            <numerusform>%n pending conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::TimelineView</name>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No task has a time to be placed on the timeline (%n task(s) without timestamps).</source>
        <translation>
            <numerusform>No task has a time to be placed on the timeline (%n task without timestamps).</numerusform>
            <numerusform>No task has a time to be placed on the timeline (%n tasks without timestamps).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncDesk::Ui::TrayIcon</name>
    <message numerus="yes">
        <source>Sync Desk — %n pending conflict(s)</source>
        <translation>
            <numerusform>Sync Desk — %n pending conflict</numerusform>
            <numerusform>Sync Desk — %n pending conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending conflict(s)</source>
        <translation>
            <numerusform>%n pending conflict</numerusform>
            <numerusform>%n pending conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n item needs attention</numerusform>
            <numerusform>%n items need attention</numerusform>
        </translation>
    </message>
</context>
</TS>
