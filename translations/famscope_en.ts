<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>famscope::ui::DevicesPanel</name>
    <message numerus="yes">
        <source>%n dax device(s).</source>
        <translation>
            <numerusform>%n dax device.</numerusform>
            <numerusform>%n dax devices.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::ExtentModel</name>
    <message numerus="yes">
        <source>chunk(s) %1</source>
        <translation>
            <numerusform>chunk %1</numerusform>
            <numerusform>chunks %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::FileDetailsPanel</name>
    <message numerus="yes">
        <source>interleaved: %n strip(s), chunk %1</source>
        <translation>
            <numerusform>interleaved: %n strip, chunk %1</numerusform>
            <numerusform>interleaved: %n strips, chunk %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>simple: %n extent(s)</source>
        <translation>
            <numerusform>simple: %n extent</numerusform>
            <numerusform>simple: %n extents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::FitForm</name>
    <message numerus="yes">
        <source>Fits: %n strip(s) of %1 (chunk %2), each in its own bucket.</source>
        <translation>
            <numerusform>Fits: %n strip of %1 (chunk %2), in its own bucket.</numerusform>
            <numerusform>Fits: %n strips of %1 (chunk %2), each in its own bucket.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::Format</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::HeatmapPanel</name>
    <message numerus="yes">
        <source>fsck: %n finding(s)</source>
        <translation>
            <numerusform>fsck: %n finding</numerusform>
            <numerusform>fsck: %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fsck as of log entry %1: %n finding(s)</source>
        <translation>
            <numerusform>fsck as of log entry %1: %n finding</numerusform>
            <numerusform>fsck as of log entry %1: %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n entry(s)</source>
        <translation>
            <numerusform>%n entry (all)</numerusform>
            <numerusform>all %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::HeatmapView</name>
    <message numerus="yes">
        <source>%1 of %n allocation unit(s) in use</source>
        <translation>
            <numerusform>%1 of %n allocation unit in use</numerusform>
            <numerusform>%1 of %n allocation units in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more finding(s)</source>
        <translation>
            <numerusform>… and %n more finding</numerusform>
            <numerusform>… and %n more findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::HexView</name>
    <message numerus="yes">
        <source>%1 at %2, %n byte(s)</source>
        <translation>
            <numerusform>%1 at %2, %n byte</numerusform>
            <numerusform>%1 at %2, %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::LogModel</name>
    <message numerus="yes">
        <source>%n strip(s) × %1 chunks</source>
        <translation>
            <numerusform>%n strip × %1 chunks</numerusform>
            <numerusform>%n strips × %1 chunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extent(s), %1</source>
        <translation>
            <numerusform>%n extent, %1</numerusform>
            <numerusform>%n extents, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::LogWatcher</name>
    <message numerus="yes">
        <source>%n new log entry(s) appeared; reloaded.</source>
        <translation>
            <numerusform>%n new log entry appeared; reloaded.</numerusform>
            <numerusform>%n new log entries appeared; reloaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::NamespaceModel</name>
    <message numerus="yes">
        <source>interleaved, %n strip(s)</source>
        <translation>
            <numerusform>interleaved, %n strip</numerusform>
            <numerusform>interleaved, %n strips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::NamespacePanel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n directory(ies)</source>
        <translation>
            <numerusform>%n directory</numerusform>
            <numerusform>%n directories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::PendingRepairBanner</name>
    <message numerus="yes">
        <source>An interrupted repair is pending (started %1, %n store(s)): the views may show the metadata mid-repair. Finish the repair, or undo it by putting back the backup it took (%2).</source>
        <translation>
            <numerusform>An interrupted repair is pending (started %1, %n store): the views may show the metadata mid-repair. Finish the repair, or undo it by putting back the backup it took (%2).</numerusform>
            <numerusform>An interrupted repair is pending (started %1, %n stores): the views may show the metadata mid-repair. Finish the repair, or undo it by putting back the backup it took (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::StatusSummary</name>
    <message numerus="yes">
        <source>Log: %1 / %n entries</source>
        <translation>
            <numerusform>Log: %1 / %n entry</numerusform>
            <numerusform>Log: %1 / %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::StripeDiagram</name>
    <message numerus="yes">
        <source>%n chunk(s) of %1</source>
        <translation>
            <numerusform>%n chunk of %1</numerusform>
            <numerusform>%n chunks of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n strip(s)</source>
        <translation>
            <numerusform>over %n strip</numerusform>
            <numerusform>over %n strips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Simple file: %n extent(s), in file order</source>
        <translation>
            <numerusform>Simple file: %n extent, in file order</numerusform>
            <numerusform>Simple file: %n extents, in file order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::StructureFieldsModel</name>
    <message numerus="yes">
        <source>last usable slot: %n entries fit</source>
        <translation>
            <numerusform>last usable slot: %n entry fits</numerusform>
            <numerusform>last usable slot: %n entries fit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::SuperblockPanel</name>
    <message numerus="yes">
        <source>Log: %1 of %n entries used (%2%)</source>
        <translation>
            <numerusform>Log: %1 of %n entry used (%2%)</numerusform>
            <numerusform>Log: %1 of %n entries used (%2%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::VerifyPanel</name>
    <message numerus="yes">
        <source>Verifying %n file(s)…</source>
        <translation>
            <numerusform>Verifying %n file…</numerusform>
            <numerusform>Verifying %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n file(s).</source>
        <translation>
            <numerusform>Cancelled after %n file.</numerusform>
            <numerusform>Cancelled after %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n file(s) hold their pattern.</source>
        <translation>
            <numerusform>The %n file holds its pattern.</numerusform>
            <numerusform>All %n files hold their pattern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) failed.</source>
        <translation>
            <numerusform>%n file failed.</numerusform>
            <numerusform>%n files failed.</numerusform>
        </translation>
    </message>
</context>
</TS>
