<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="69"/>
        <source>Cost per fault (median, min-max whiskers)</source>
        <translation>Kosten pro Fault (Median, Min–Max-Whisker)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="79"/>
        <source>ns per fault</source>
        <translation>ns pro Fault</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="92"/>
        <source>page size (asked-&gt;obtained when flagged)</source>
        <translation>Seitengröße (verlangt-&gt;erhalten, wenn markiert)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="129"/>
        <source>Newly mapped memory per second</source>
        <translation>Neu abgebildeter Speicher pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="148"/>
        <source>GiB/s</source>
        <translation>GiB/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="164"/>
        <source> bandwidth (fill)</source>
        <translation> Bandbreite (Füllen)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="176"/>
        <source>Per-fault latency (CDF)</source>
        <translation>Latenz pro Fault (Verteilungsfunktion)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="195"/>
        <source>ns per touch</source>
        <translation>ns pro Zugriff</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="198"/>
        <source>fraction of faults</source>
        <translation>Anteil der Faults</translation>
    </message>
    <message>
        <location filename="../ui/charts/FreeRunChart.cpp" line="17"/>
        <source>Free runs by size</source>
        <translation>Freie Bereiche nach Größe</translation>
    </message>
    <message>
        <location filename="../ui/charts/FreeRunChart.cpp" line="22"/>
        <location filename="../ui/charts/FreeRunChart.cpp" line="47"/>
        <source>free runs</source>
        <translation>freie Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/charts/FreeRunChart.cpp" line="64"/>
        <source>Free runs of %1: %2, holding %3 of free space</source>
        <translation>Freie Bereiche von %1: %2, zusammen %3 freier Platz</translation>
    </message>
</context>
<context>
    <name>famscope::ui::BenchPanel</name>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="65"/>
        <source>memfd, hugetlb, thp, an image file or devdax device, or famfs:MEDIA:PATH for a famfs file</source>
        <translation>memfd, hugetlb, thp, eine Abbilddatei oder ein devdax-Gerät, oder famfs:MEDIUM:PFAD für eine famfs-Datei</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="68"/>
        <source>target default (e.g. 4k,2m,1g)</source>
        <translation>Vorgabe des Ziels (z. B. 4k,2m,1g)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="77"/>
        <source>Write faults (overwrites a famfs file&apos;s data)</source>
        <translation>Schreib-Faults (überschreibt die Daten einer famfs-Datei)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="78"/>
        <source>Random order</source>
        <translation>Zufällige Reihenfolge</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="79"/>
        <source>Compare with a prefaulted mapping</source>
        <translation>Mit einer vorab eingelagerten Abbildung vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="80"/>
        <source>Per-fault latency</source>
        <translation>Latenz pro Fault</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="82"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="83"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="92"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="93"/>
        <source>Page sizes</source>
        <translation>Seitengrößen</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="94"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="95"/>
        <source>Threads (1..N)</source>
        <translation>Threads (1..N)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="96"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="97"/>
        <source>Warm-up runs</source>
        <translation>Aufwärmläufe</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="105"/>
        <source>Checked runs are compared on the charts</source>
        <translation>Markierte Läufe werden in den Diagrammen verglichen</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="106"/>
        <source>Export CSV...</source>
        <translation>CSV exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="107"/>
        <source>Export PNG...</source>
        <translation>PNG exportieren...</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="108"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="120"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="128"/>
        <source>ns/fault</source>
        <translation>ns/Fault</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="129"/>
        <source>GiB/s</source>
        <translation>GiB/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="130"/>
        <source>Latency CDF</source>
        <translation>Latenz-Verteilung</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="196"/>
        <source>Size must be a number of bytes such as 64M or 1G</source>
        <translation>Die Größe muss eine Byte-Zahl sein, etwa 64M oder 1G</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="208"/>
        <source>Starting...</source>
        <translation>Starte...</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="225"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="226"/>
        <source>Done. </source>
        <translation>Fertig. </translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="240"/>
        <source>Benchmark failed: </source>
        <translation>Benchmark fehlgeschlagen: </translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="276"/>
        <source>cannot write %1</source>
        <translation>kann %1 nicht schreiben</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="284"/>
        <source>Export benchmark runs</source>
        <translation>Benchmark-Läufe exportieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="285"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="288"/>
        <location filename="../ui/charts/BenchPanel.cpp" line="296"/>
        <source>Export failed: </source>
        <translation>Export fehlgeschlagen: </translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="293"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="293"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>famscope::ui::CreateFileDialog</name>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="31"/>
        <source>&amp;Interleaved (strided across buckets)</source>
        <translation>&amp;Verschränkt (über Buckets verteilt)</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="36"/>
        <source>Create file</source>
        <translation>Datei anlegen</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="40"/>
        <source>empty: leave the data unwritten</source>
        <translation>leer: Daten nicht schreiben</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="42"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="43"/>
        <source>&amp;Size (K/M/G):</source>
        <translation>&amp;Größe (K/M/G):</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="45"/>
        <source>&amp;Data seed:</source>
        <translation>&amp;Daten-Seed:</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="54"/>
        <source>S&amp;trips:</source>
        <translation>S&amp;treifen:</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="55"/>
        <source>&amp;Buckets:</source>
        <translation>&amp;Buckets:</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="56"/>
        <source>&amp;Chunk size:</source>
        <translation>&amp;Chunk-Größe:</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="62"/>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="90"/>
        <source>Enter a size greater than 0, e.g. 4K or 2M.</source>
        <translation>Geben Sie eine Größe über 0 ein, z. B. 4K oder 2M.</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="103"/>
        <source>The data seed must be a number.</source>
        <translation>Der Daten-Seed muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="111"/>
        <source>The chunk size must be a size such as 2M.</source>
        <translation>Die Chunk-Größe muss eine Größe wie 2M sein.</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="146"/>
        <source>Preview: %1 strips of %2 (chunk %3), outlined on the heatmap.</source>
        <translation>Vorschau: %1 Streifen zu %2 (Chunk %3), in der Heatmap umrandet.</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="149"/>
        <source>Preview: one extent of %1 at %2, outlined on the heatmap.</source>
        <translation>Vorschau: ein Extent von %1 bei %2, in der Heatmap umrandet.</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="154"/>
        <source>The file is smaller than one chunk, so famfs places it contiguously.</source>
        <translation>Die Datei ist kleiner als ein Chunk, daher legt famfs sie zusammenhängend ab.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::DevicesModel</name>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="53"/>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="85"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="85"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="113"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="115"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="117"/>
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="119"/>
        <source>NUMA node</source>
        <translation>NUMA-Knoten</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="121"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="123"/>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="125"/>
        <source>famfs superblock</source>
        <translation>famfs-Superblock</translation>
    </message>
</context>
<context>
    <name>famscope::ui::DevicesPanel</name>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="17"/>
        <source>&amp;Open device</source>
        <translation>Gerät ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="23"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="40"/>
        <source>Not scanned yet.</source>
        <translation>Noch nicht gesucht.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="56"/>
        <source>No dax devices on this host.</source>
        <translation>Keine DAX-Geräte auf diesem Rechner.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="66"/>
        <source>libdaxctl could not be loaded (%1); listed from sysfs.</source>
        <translation>libdaxctl konnte nicht geladen werden (%1); Liste aus sysfs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/DevicesPanel.cpp" line="57"/>
        <source>%n dax device(s).</source>
        <translation>
            <numerusform>%n DAX-Gerät.</numerusform>
            <numerusform>%n DAX-Geräte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::EditController</name>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="47"/>
        <location filename="../ui/edit/EditController.cpp" line="249"/>
        <source>Undo last write session</source>
        <translation>Letzte Schreibsitzung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="61"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="62"/>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="65"/>
        <source>Import cancelled; what was copied stays.</source>
        <translation>Import abgebrochen; bereits Kopiertes bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="66"/>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="85"/>
        <source>&amp;Leave write mode</source>
        <translation>Schreibmodus &amp;verlassen</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="110"/>
        <source>&amp;New image…</source>
        <translation>&amp;Neues Image…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="112"/>
        <source>&amp;Format devdax device…</source>
        <translation>devdax-Gerät &amp;formatieren…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="119"/>
        <source>&amp;Write mode</source>
        <translation>&amp;Schreibmodus</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="123"/>
        <source>Open the file system for writing (read-only otherwise)</source>
        <translation>Das Dateisystem zum Schreiben öffnen (sonst nur lesend)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="126"/>
        <source>&amp;Create file…</source>
        <translation>Datei &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="128"/>
        <source>New &amp;directory…</source>
        <translation>Neues &amp;Verzeichnis…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="130"/>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="132"/>
        <source>Import f&amp;older…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="134"/>
        <source>&amp;Undo last write session…</source>
        <translation>Letzte Schreibsitzung &amp;rückgängig machen…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="153"/>
        <source>Write mode refused — %1</source>
        <translation>Schreibmodus verweigert — %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="164"/>
        <source>[WRITE MODE] %1</source>
        <translation>[SCHREIBMODUS] %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="175"/>
        <source>WRITE MODE — changes are written to %1</source>
        <translation>SCHREIBMODUS — Änderungen werden nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="186"/>
        <source>Write mode ended: another target was opened.</source>
        <translation>Schreibmodus beendet: ein anderes Ziel wurde geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="237"/>
        <source>Import folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="241"/>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Reparieren…</translation>
    </message>
</context>
<context>
    <name>famscope::ui::ExtentModel</name>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="57"/>
        <source>bytes %1 – %2</source>
        <translation>Bytes %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="60"/>
        <source>none (degenerate interleave)</source>
        <translation>keine (entartetes Interleave)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ExtentModel.cpp" line="76"/>
        <source>chunk(s) %1</source>
        <translation>
            <numerusform>Chunk %1</numerusform>
            <numerusform>Chunks %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="117"/>
        <source>Strip</source>
        <translation>Streifen</translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="117"/>
        <source>Extent</source>
        <translation>Extent</translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="119"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="121"/>
        <source>Device offset</source>
        <translation>Geräte-Offset</translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="123"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="125"/>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
</context>
<context>
    <name>famscope::ui::FileDetailsPanel</name>
    <message>
        <location filename="../ui/panels/FileDetailsPanel.cpp" line="70"/>
        <source>Directory %1</source>
        <translation>Verzeichnis %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/FileDetailsPanel.cpp" line="71"/>
        <source>Select a file in the namespace or the log.</source>
        <translation>Wählen Sie eine Datei im Namensraum oder im Log.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/FileDetailsPanel.cpp" line="75"/>
        <source>interleaved: %n strip(s), chunk %1</source>
        <translation>
            <numerusform>verschränkt: %n Streifen, Chunk %1</numerusform>
            <numerusform>verschränkt: %n Streifen, Chunk %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/FileDetailsPanel.cpp" line="78"/>
        <source>simple: %n extent(s)</source>
        <translation>
            <numerusform>einfach: %n Extent</numerusform>
            <numerusform>einfach: %n Extents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/FileDetailsPanel.cpp" line="80"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, allocated %3, mode %4, uid %5, gid %6, log entry %7; %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, belegt %3, Modus %4, UID %5, GID %6, Log-Eintrag %7; %8</translation>
    </message>
</context>
<context>
    <name>famscope::ui::FitForm</name>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="35"/>
        <source>Will it fit?</source>
        <translation>Passt es?</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="37"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="52"/>
        <source>1 (simple file)</source>
        <translation>1 (einfache Datei)</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="53"/>
        <source>More than one strip places the file interleaved: one strip in each of that many different buckets (famfs creat -N).</source>
        <translation>Mehr als ein Strip legt die Datei verschränkt an: je ein Strip in ebenso vielen verschiedenen Buckets (famfs creat -N).</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="56"/>
        <source>The device is cut into this many equal buckets (famfs creat -B); each must be at least 1 GiB.</source>
        <translation>Das Gerät wird in so viele gleich große Buckets geteilt (famfs creat -B); jeder muss mindestens 1 GiB groß sein.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="60"/>
        <source>Bytes written to one strip before moving to the next (famfs creat -C).</source>
        <translation>Bytes, die in einen Strip geschrieben werden, bevor der nächste folgt (famfs creat -C).</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="69"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="69"/>
        <source>Device offset</source>
        <translation>Geräte-Offset</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="69"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="69"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="78"/>
        <source>File size:</source>
        <translation>Dateigröße:</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="79"/>
        <source>Strips:</source>
        <translation>Strips:</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="80"/>
        <source>Buckets:</source>
        <translation>Buckets:</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="81"/>
        <source>Chunk size:</source>
        <translation>Chunk-Größe:</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="133"/>
        <source>Ask the allocator where a file would go.</source>
        <translation>Den Allokator fragen, wohin eine Datei käme.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="134"/>
        <source>No file system open.</source>
        <translation>Kein Dateisystem geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="147"/>
        <source>Does not fit.</source>
        <translation>Passt nicht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/FitForm.cpp" line="152"/>
        <source>Fits: %n strip(s) of %1 (chunk %2), each in its own bucket.</source>
        <translation>
            <numerusform>Passt: %n Strip zu %1 (Chunk %2), in einem eigenen Bucket.</numerusform>
            <numerusform>Passt: %n Strips zu %1 (Chunk %2), jeder in einem eigenen Bucket.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="157"/>
        <source>famfs visits the buckets in a random order; this plan shows one such order.</source>
        <translation>famfs besucht die Buckets in zufälliger Reihenfolge; dieser Plan zeigt eine solche Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="161"/>
        <source>Fits: one extent of %1 at %2.</source>
        <translation>Passt: ein Extent von %1 bei %2.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="166"/>
        <source>Smaller than one chunk, the file is not striped: famfs falls back to one simple extent.</source>
        <translation>Kleiner als ein Chunk wird die Datei nicht verteilt: famfs weicht auf einen einfachen Extent aus.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="170"/>
        <source>The largest file of this shape that fits now: %1.</source>
        <translation>Die größte Datei dieser Form, die jetzt passt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="173"/>
        <source>No file of this shape fits now.</source>
        <translation>Derzeit passt keine Datei dieser Form.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::Format</name>
    <message numerus="yes">
        <location filename="../ui/util/Format.cpp" line="15"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::FragmentationPanel</name>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="35"/>
        <source>Space amplification as famfs fsck prints it: bytes allocated (every allocation unit in use, the superblock and log included) divided by the sum of the file sizes. The second figure counts only the units holding file data: what rounding each file up to whole 2 MiB units costs. ∞: no file data yet.</source>
        <translation>Speicherverstärkung, wie famfs fsck sie ausgibt: belegte Bytes (jede benutzte Allokationseinheit, Superblock und Log eingeschlossen) geteilt durch die Summe der Dateigrößen. Die zweite Zahl zählt nur die Einheiten mit Dateidaten: was das Aufrunden jeder Datei auf ganze 2-MiB-Einheiten kostet. ∞: noch keine Dateidaten.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="40"/>
        <source>The superblock and the log are allocated before any file; they are counted in famfs&apos;s amplification but not in the file-only figure.</source>
        <translation>Superblock und Log werden vor jeder Datei belegt; sie zählen in der Verstärkung von famfs mit, aber nicht in der Zahl nur für Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="43"/>
        <source>The longest stretch of free allocation units: the largest simple file a new famfs command can create.</source>
        <translation>Die längste Folge freier Allokationseinheiten: die größte einfache Datei, die ein neuer famfs-Befehl anlegen kann.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="45"/>
        <source>Free allocation units in the bitmap famfs builds from the log, and how many separate runs they form.</source>
        <translation>Freie Allokationseinheiten in der Bitmap, die famfs aus dem Log aufbaut, und wie viele getrennte Bereiche sie bilden.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="55"/>
        <source>Free space:</source>
        <translation>Freier Platz:</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="56"/>
        <source>Largest free run:</source>
        <translation>Größter freier Bereich:</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="57"/>
        <source>Space amplification:</source>
        <translation>Speicherverstärkung:</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="58"/>
        <source>Superblock and log:</source>
        <translation>Superblock und Log:</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="94"/>
        <source>No file system open.</source>
        <translation>Kein Dateisystem geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="97"/>
        <source>%1 (free runs: %2)</source>
        <translation>%1 (freie Bereiche: %2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="99"/>
        <source>none: the device is full</source>
        <translation>keiner: das Gerät ist voll</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="106"/>
        <source>%1 at %2 (%3% of the free space is outside it)</source>
        <translation>%1 bei %2 (%3 % des freien Platzes liegen außerhalb)</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="102"/>
        <source>%1 at %2 (all of the free space)</source>
        <translation>%1 bei %2 (der gesamte freie Platz)</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="109"/>
        <source>%1 (%2 allocated for %3 of file data); file space only: %4</source>
        <translation>%1 (%2 belegt für %3 Dateidaten); nur Dateiplatz: %4</translation>
    </message>
</context>
<context>
    <name>famscope::ui::DamageBanner</name>
    <message>
        <location filename="../ui/panels/DamageBanner.cpp" line="16"/>
        <source>Run fsck</source>
        <translation>fsck ausführen</translation>
    </message>
    <message>
        <location filename="../ui/panels/DamageBanner.cpp" line="40"/>
        <source>Damaged media, shown read-only with what could be read: %1</source>
        <translation>Beschädigtes Medium, schreibgeschützt mit dem gezeigt, was gelesen werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>famscope::ui::FsckPanel</name>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="57"/>
        <source>&amp;Rerun</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="58"/>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="59"/>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="65"/>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="183"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="65"/>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="185"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="65"/>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="187"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="72"/>
        <source>Double-click a finding to show where it is.</source>
        <translation>Doppelklick auf einen Befund zeigt, wo er liegt.</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="104"/>
        <source>No file system open.</source>
        <translation>Kein Dateisystem geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="107"/>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="138"/>
        <source>Errors: %1, warnings: %2, notes: %3</source>
        <translation>Fehler: %1, Warnungen: %2, Hinweise: %3</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="148"/>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="151"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="150"/>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="153"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="154"/>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="155"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="161"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="163"/>
        <source>Superblock</source>
        <translation>Superblock</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="165"/>
        <source>Log header</source>
        <translation>Log-Kopf</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="167"/>
        <source>Log entries</source>
        <translation>Log-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="171"/>
        <source>Allocation</source>
        <translation>Belegung</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="187"/>
        <location filename="../ui/fsck/FsckPanel.cpp" line="191"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="211"/>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="252"/>
        <location filename="../ui/fsck/FsckPanel.cpp" line="258"/>
        <source>No fsck report yet.</source>
        <translation>Noch kein fsck-Bericht.</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="264"/>
        <source>Export fsck report as HTML</source>
        <translation>fsck-Bericht als HTML exportieren</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="264"/>
        <source>Export fsck report as JSON</source>
        <translation>fsck-Bericht als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="266"/>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="266"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="271"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="133"/>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="141"/>
        <source>fsck report: %1</source>
        <translation>fsck-Bericht: %1</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="149"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="157"/>
        <source>Log entries in use</source>
        <translation>Belegte Log-Einträge</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="158"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="161"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="162"/>
        <source>Directories</source>
        <translation>Verzeichnisse</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="164"/>
        <source>Allocation collisions</source>
        <translation>Belegungskollisionen</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="166"/>
        <source>Device capacity</source>
        <translation>Gerätekapazität</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="168"/>
        <source>Allocated bytes</source>
        <translation>Belegte Bytes</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="170"/>
        <source>Free bytes</source>
        <translation>Freie Bytes</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="175"/>
        <source>Heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="179"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="181"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="200"/>
        <source>… and %1 more %2 findings, not listed.</source>
        <translation>… und %1 weitere %2-Befunde, nicht aufgeführt.</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="232"/>
        <source>… and %1 more entries of this group, not listed (a group lists its first %2)</source>
        <translation>… und %1 weitere Einträge dieser Gruppe, nicht aufgeführt (eine Gruppe führt ihre ersten %2 auf)</translation>
    </message>
    <message>
        <source>Re&amp;pair…</source>
        <translation>Re&amp;parieren…</translation>
    </message>
    <message>
        <source>Plan a repair of what this check found, preview it, and write it</source>
        <translation>Eine Reparatur dessen planen, was diese Prüfung gefunden hat, sie vorab ansehen und schreiben</translation>
    </message>
</context>
<context>
    <name>famscope::ui::HeatmapLegend</name>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="34"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="35"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="36"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="37"/>
        <source>allocated, no finding</source>
        <translation>belegt, kein Befund</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="39"/>
        <source>superblock + log</source>
        <translation>Superblock + Log</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="46"/>
        <source>files by log entry: 0 (old) … %1 (new)</source>
        <translation>Dateien nach Log-Eintrag: 0 (alt) … %1 (neu)</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="51"/>
        <source>files (one colour each)</source>
        <translation>Dateien (je eine Farbe)</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="53"/>
        <source>collision (claimed twice)</source>
        <translation>Kollision (doppelt belegt)</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="55"/>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="56"/>
        <source>missing: beyond the end of the media</source>
        <translation>fehlt: hinter dem Ende des Mediums</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="57"/>
        <source>paler: partly used</source>
        <translation>blasser: teilweise belegt</translation>
    </message>
</context>
<context>
    <name>famscope::ui::HeatmapPanel</name>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="272"/>
        <source>one cell = %1 · showing %2 – %3 of %4</source>
        <translation>eine Zelle = %1 · gezeigt %2 – %3 von %4</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="32"/>
        <location filename="../ui/views/HeatmapPanel.cpp" line="210"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="39"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="40"/>
        <source>Show the whole device (0). Zoom with the wheel or + and -, pan by dragging or with Shift+wheel.</source>
        <translation>Das ganze Gerät zeigen (0). Zoomen mit dem Mausrad oder + und -, verschieben durch Ziehen oder mit Umschalt+Mausrad.</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="42"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="43"/>
        <source>Export SVG…</source>
        <translation>SVG exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="46"/>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="55"/>
        <source>Time travel: the device as it was after the first N log entries</source>
        <translation>Zeitreise: das Gerät, wie es nach den ersten N Log-Einträgen war</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="57"/>
        <source>Log entries:</source>
        <translation>Log-Einträge:</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="103"/>
        <source>owner file</source>
        <translation>Eigentümer-Datei</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="105"/>
        <source>log age</source>
        <translation>Log-Alter</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="107"/>
        <source>fsck severity</source>
        <translation>fsck-Schweregrad</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="113"/>
        <source>%1 · %2 device · %3 allocation units · by %4 · %5 of %6 log entries applied</source>
        <translation>%1 · %2 Gerät · %3 Allokationseinheiten · nach %4 · %5 von %6 Log-Einträgen angewandt</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="204"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="220"/>
        <source>Running fsck…</source>
        <translation>fsck läuft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/HeatmapPanel.cpp" line="259"/>
        <source>all %n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag (alle)</numerusform>
            <numerusform>alle %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="260"/>
        <source>after %1 of %2</source>
        <translation>nach %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="287"/>
        <source>Export heatmap as SVG</source>
        <translation>Belegungskarte als SVG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="287"/>
        <source>Export heatmap as PNG</source>
        <translation>Belegungskarte als PNG exportieren</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="289"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="289"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="296"/>
        <source>Export heatmap</source>
        <translation>Belegungskarte exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/HeatmapPanel.cpp" line="247"/>
        <source>fsck: %n finding(s)</source>
        <translation>
            <numerusform>fsck: %n Befund</numerusform>
            <numerusform>fsck: %n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/HeatmapPanel.cpp" line="247"/>
        <source>fsck as of log entry %1: %n finding(s)</source>
        <translation>
            <numerusform>fsck bis Log-Eintrag %1: %n Befund</numerusform>
            <numerusform>fsck bis Log-Eintrag %1: %n Befunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::HeatmapView</name>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="107"/>
        <source>Device offset %1 – %2 (%3)</source>
        <translation>Geräteoffset %1 – %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/HeatmapView.cpp" line="112"/>
        <source>%1 of %n allocation unit(s) in use</source>
        <translation>
            <numerusform>%1 von %n Belegungseinheit belegt</numerusform>
            <numerusform>%1 von %n Belegungseinheiten belegt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="125"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="127"/>
        <source>Superblock and log</source>
        <translation>Superblock und Log</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="130"/>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="131"/>
        <source>Log entry %1 (not in the namespace)</source>
        <translation>Log-Eintrag %1 (nicht im Namensraum)</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="134"/>
        <source>Strip %1 of %2</source>
        <translation>Streifen %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="134"/>
        <source>Extent %1 of %2</source>
        <translation>Extent %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="137"/>
        <source>Written by log entry %1</source>
        <translation>Geschrieben von Log-Eintrag %1</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="144"/>
        <source>Collision: also claimed by log entry %1</source>
        <translation>Kollision: auch belegt von Log-Eintrag %1</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="147"/>
        <source>Beyond the end of the media</source>
        <translation>Hinter dem Ende des Mediums</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/HeatmapView.cpp" line="157"/>
        <source>… and %n more finding(s)</source>
        <translation>
            <numerusform>… und %n weiterer Befund</numerusform>
            <numerusform>… und %n weitere Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="160"/>
        <source>As after the first %1 of %2 log entries</source>
        <translation>Stand nach den ersten %1 von %2 Log-Einträgen</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="190"/>
        <source>Open an image or device to see its heatmap.</source>
        <translation>Öffnen Sie ein Abbild oder Gerät, um seine Belegungskarte zu sehen.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::HexPanel</name>
    <message>
        <location filename="../ui/panels/HexPanel.cpp" line="20"/>
        <source>Go to offset (0x200000, 2M, 4096…)</source>
        <translation>Gehe zu Offset (0x200000, 2M, 4096…)</translation>
    </message>
    <message>
        <location filename="../ui/panels/HexPanel.cpp" line="21"/>
        <source>&amp;Go</source>
        <translation>&amp;Los</translation>
    </message>
    <message>
        <location filename="../ui/panels/HexPanel.cpp" line="74"/>
        <source>Not an offset on this device: %1</source>
        <translation>Kein Offset auf diesem Gerät: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/HexPanel.cpp" line="82"/>
        <source>No file system open.</source>
        <translation>Kein Dateisystem geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/panels/HexPanel.cpp" line="87"/>
        <source>Offset %1</source>
        <translation>Offset %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/HexPanel.cpp" line="89"/>
        <source>Offset %1: %2 (%3 + %4)</source>
        <translation>Offset %1: %2 (%3 + %4)</translation>
    </message>
    <message>
        <source>Open &amp;secondary device…</source>
        <translation>&amp;Zweitgerät öffnen…</translation>
    </message>
    <message>
        <source>Device 0: %1</source>
        <translation>Gerät 0: %1</translation>
    </message>
    <message>
        <source>Device %1: not open</source>
        <translation>Gerät %1: nicht geöffnet</translation>
    </message>
    <message>
        <source>Device %1: %2</source>
        <translation>Gerät %1: %2</translation>
    </message>
    <message>
        <source>Device %1 is not open.</source>
        <translation>Gerät %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Open device %1…</source>
        <translation>Gerät %1 öffnen…</translation>
    </message>
    <message>
        <source>Media of device %1 (an image file or /dev/daxX.Y)</source>
        <translation>Medium von Gerät %1 (eine Abbilddatei oder /dev/daxX.Y)</translation>
    </message>
    <message>
        <source>Open secondary device</source>
        <translation>Zweitgerät öffnen</translation>
    </message>
    <message>
        <source>The file system names no other device that is not open.</source>
        <translation>Das Dateisystem nennt kein weiteres Gerät, das nicht geöffnet ist.</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
</context>
<context>
    <name>famscope::ui::HexView</name>
    <message numerus="yes">
        <location filename="../ui/views/HexView.cpp" line="271"/>
        <source>%1 at %2, %n byte(s)</source>
        <translation>
            <numerusform>%1 bei %2, %n Byte</numerusform>
            <numerusform>%1 bei %2, %n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::ImportJob</name>
    <message>
        <location filename="../ui/edit/ImportJob.cpp" line="57"/>
        <source>Importing into /%1…</source>
        <translation>Importiere nach /%1…</translation>
    </message>
    <message>
        <location filename="../ui/edit/ImportJob.cpp" line="57"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/edit/ImportJob.cpp" line="59"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../ui/edit/ImportJob.cpp" line="65"/>
        <source>Copying %1…</source>
        <translation>Kopiere %1…</translation>
    </message>
</context>
<context>
    <name>famscope::ui::LogModel</name>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="62"/>
        <source>CRC mismatch</source>
        <translation>CRC falsch</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="64"/>
        <source>seqnum %1, expected %2</source>
        <translation>Seqnum %1, erwartet %2</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="67"/>
        <source>after the replay stopped</source>
        <translation>nach dem Ende des Replays</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="69"/>
        <source>not instantiated</source>
        <translation>nicht angelegt</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="71"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/LogModel.cpp" line="85"/>
        <source>%n strip(s) × %1 chunks</source>
        <translation>
            <numerusform>%n Streifen × %1-Chunks</numerusform>
            <numerusform>%n Streifen × %1-Chunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/LogModel.cpp" line="87"/>
        <source>%n extent(s), %1</source>
        <translation>
            <numerusform>%n Extent, %1</numerusform>
            <numerusform>%n Extents, %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="158"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="160"/>
        <source>Seqnum</source>
        <translation>Seqnum</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="162"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="164"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="166"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="168"/>
        <source>Extents</source>
        <translation>Extents</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="170"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>famscope::ui::LogPanel</name>
    <message>
        <location filename="../ui/panels/LogPanel.cpp" line="25"/>
        <source>Filter entries (path, type, status…)</source>
        <translation>Einträge filtern (Pfad, Typ, Status…)</translation>
    </message>
</context>
<context>
    <name>famscope::ui::LogWatcher</name>
    <message numerus="yes">
        <location filename="../ui/document/LogWatcher.cpp" line="61"/>
        <source>%n new log entry(s) appeared; reloaded.</source>
        <translation>
            <numerusform>%n neuer Log-Eintrag erschienen; neu geladen.</numerusform>
            <numerusform>%n neue Log-Einträge erschienen; neu geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/document/LogWatcher.cpp" line="62"/>
        <source>The log header changed on the target; reloaded.</source>
        <translation>Der Log-Kopf hat sich auf dem Ziel geändert; neu geladen.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::MainWindow</name>
    <message>
        <source>&amp;Tour</source>
        <translation>&amp;Rundgang</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowLayout.cpp" line="1"/>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowLayout.cpp" line="1"/>
        <source>File details</source>
        <translation>Dateidetails</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowLayout.cpp" line="1"/>
        <source>Hex view</source>
        <translation>Hex-Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowLayout.cpp" line="1"/>
        <source>&amp;Reset layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Resolver</source>
        <translation>&amp;Auflöser</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowChecks.cpp" line="30"/>
        <source>Veri&amp;fy</source>
        <translation>Über&amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowChecks.cpp" line="32"/>
        <source>fs&amp;ck</source>
        <translation>fs&amp;ck</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="56"/>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="82"/>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="57"/>
        <source>&amp;Superblock</source>
        <translation>&amp;Superblock</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="83"/>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="58"/>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="84"/>
        <source>De&amp;vices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="86"/>
        <source>&amp;Benchmark</source>
        <translation>&amp;Benchmark</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="102"/>
        <source>Heat&amp;map</source>
        <translation>Heat&amp;map</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="22"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="23"/>
        <source>&amp;Open image…</source>
        <translation>Abbild ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="25"/>
        <source>Open famfs image</source>
        <translation>famfs-Abbild öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="26"/>
        <source>famfs images (*.img *.bin *.raw);;All files (*)</source>
        <translation>famfs-Abbilder (*.img *.bin *.raw);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="31"/>
        <source>Open &amp;device…</source>
        <translation>&amp;Gerät öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="34"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="37"/>
        <source>Export table as &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="38"/>
        <source>Export table as &amp;JSON…</source>
        <translation>Tabelle als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="40"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="43"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="44"/>
        <source>&amp;Filter log…</source>
        <translation>Log &amp;filtern…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="50"/>
        <source>&amp;Go to offset…</source>
        <translation>&amp;Gehe zu Offset…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="55"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="59"/>
        <source>&amp;Devices</source>
        <translation>&amp;Geräte</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="60"/>
        <source>&amp;Namespace</source>
        <translation>&amp;Namensraum</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="61"/>
        <source>File d&amp;etails</source>
        <translation>Datei&amp;details</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="62"/>
        <source>&amp;Hex view</source>
        <translation>&amp;Hex-Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="70"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="71"/>
        <source>Open &amp;demo</source>
        <translation>&amp;Demo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="73"/>
        <source>&amp;About famscope</source>
        <translation>Ü&amp;ber famscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="74"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="79"/>
        <source>%1 — famscope</source>
        <translation>%1 — famscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="79"/>
        <source>famscope</source>
        <translation>famscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="90"/>
        <source>About famscope</source>
        <translation>Über famscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="91"/>
        <source>&lt;h3&gt;famscope %1&lt;/h3&gt;&lt;p&gt;Inspector for famfs file systems on shared memory (CXL) devdax devices and images. Everything is opened read-only until Edit ▸ Write mode is turned on.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;famscope %1&lt;/h3&gt;&lt;p&gt;Inspektor für famfs-Dateisysteme auf gemeinsam genutzten Speichergeräten (CXL, devdax) und Abbildern. Alles wird nur lesend geöffnet, bis Bearbeiten ▸ Schreibmodus eingeschaltet wird.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>famscope::ui::MkdirDialog</name>
    <message>
        <location filename="../ui/edit/MkdirDialog.cpp" line="19"/>
        <source>Create missing &amp;parent directories (-p)</source>
        <translation>Fehlende &amp;Elternverzeichnisse anlegen (-p)</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkdirDialog.cpp" line="22"/>
        <source>New directory</source>
        <translation>Neues Verzeichnis</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkdirDialog.cpp" line="25"/>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkdirDialog.cpp" line="31"/>
        <source>C&amp;reate</source>
        <translation>&amp;Anlegen</translation>
    </message>
</context>
<context>
    <name>famscope::ui::MkfsDeviceDialog</name>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="20"/>
        <source>Format over an existing famfs file system</source>
        <translation>Über ein vorhandenes famfs-Dateisystem formatieren</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="24"/>
        <source>Format devdax device</source>
        <translation>devdax-Gerät formatieren</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="34"/>
        <source>type the device path to confirm</source>
        <translation>zur Bestätigung den Gerätepfad eingeben</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="35"/>
        <source>&lt;b&gt;Formatting replaces the file system on the device: every file on it is lost.&lt;/b&gt; The old superblock and log are backed up first.</source>
        <translation>&lt;b&gt;Das Formatieren ersetzt das Dateisystem auf dem Gerät: alle Dateien darauf gehen verloren.&lt;/b&gt; Superblock und Log werden vorher gesichert.</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="40"/>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="41"/>
        <source>&amp;Log length:</source>
        <translation>&amp;Log-Länge:</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="43"/>
        <source>&amp;Confirm:</source>
        <translation>&amp;Bestätigen:</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="48"/>
        <source>&amp;Format</source>
        <translation>&amp;Formatieren</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="80"/>
        <source>Type the device path into the confirmation field.</source>
        <translation>Geben Sie den Gerätepfad in das Bestätigungsfeld ein.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::NamespaceModel</name>
    <message>
        <source>Made by log entry %1: %2</source>
        <translation>Angelegt von Log-Eintrag %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="146"/>
        <source>simple</source>
        <translation>einfach</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/NamespaceModel.cpp" line="147"/>
        <source>interleaved, %n strip(s)</source>
        <translation>
            <numerusform>verschränkt, %n Streifen</numerusform>
            <numerusform>verschränkt, %n Streifen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="184"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="186"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="188"/>
        <source>Allocated</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="190"/>
        <source>Tail waste</source>
        <translation>Verschnitt am Ende</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="192"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="194"/>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="196"/>
        <source>GID</source>
        <translation>GID</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="198"/>
        <source>Extents</source>
        <translation>Extents</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="200"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
</context>
<context>
    <name>famscope::ui::NamespacePanel</name>
    <message numerus="yes">
        <location filename="../ui/panels/NamespacePanel.cpp" line="47"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/NamespacePanel.cpp" line="49"/>
        <source>%n directory(ies)</source>
        <translation>
            <numerusform>%n Verzeichnis</numerusform>
            <numerusform>%n Verzeichnisse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/NamespacePanel.cpp" line="52"/>
        <source>replay stopped at entry %1 (as famfs mount would)</source>
        <translation>Replay endete bei Eintrag %1 (wie beim famfs-Mount)</translation>
    </message>
    <message>
        <location filename="../ui/panels/NamespacePanel.cpp" line="54"/>
        <source>famfs would refuse this file system: %1</source>
        <translation>famfs würde dieses Dateisystem ablehnen: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/NamespacePanel.cpp" line="58"/>
        <source>No file system open.</source>
        <translation>Kein Dateisystem geöffnet.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::NewImageDialog</name>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="24"/>
        <location filename="../ui/edit/NewImageDialog.cpp" line="56"/>
        <source>New famfs image</source>
        <translation>Neues famfs-Image</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="28"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="34"/>
        <source>Image &amp;file:</source>
        <translation>Image-&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="38"/>
        <source>&amp;Size (K/M/G):</source>
        <translation>&amp;Größe (K/M/G):</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="39"/>
        <source>&amp;Log length:</source>
        <translation>&amp;Log-Länge:</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="40"/>
        <source>The file is created sparse; only what is written takes space.</source>
        <translation>Die Datei wird als Sparse-Datei angelegt; nur Geschriebenes belegt Platz.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="45"/>
        <source>C&amp;reate image</source>
        <translation>Image &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="57"/>
        <source>famfs images (*.img);;All files (*)</source>
        <translation>famfs-Images (*.img);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="66"/>
        <source>Choose where to create the image.</source>
        <translation>Wählen Sie, wo das Image angelegt werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="70"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="74"/>
        <source>Enter the image size, e.g. 4G.</source>
        <translation>Geben Sie die Image-Größe ein, z. B. 4G.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::OpenedDevices</name>
    <message>
        <source>The file system names no device %1.</source>
        <translation>Das Dateisystem nennt kein Gerät %1.</translation>
    </message>
    <message>
        <source>%1 is the open file system&apos;s own device (device 0), not device %2.</source>
        <translation>%1 ist das eigene Gerät des geöffneten Dateisystems (Gerät 0), nicht Gerät %2.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::OwnerFields</name>
    <message>
        <location filename="../ui/edit/OwnerFields.cpp" line="19"/>
        <source>&amp;Mode (octal):</source>
        <translation>&amp;Modus (oktal):</translation>
    </message>
    <message>
        <location filename="../ui/edit/OwnerFields.cpp" line="20"/>
        <source>&amp;Owner uid:</source>
        <translation>&amp;Besitzer-UID:</translation>
    </message>
    <message>
        <location filename="../ui/edit/OwnerFields.cpp" line="21"/>
        <source>Owner &amp;gid:</source>
        <translation>Besitzer-&amp;GID:</translation>
    </message>
    <message>
        <location filename="../ui/edit/OwnerFields.cpp" line="29"/>
        <source>The mode must be octal permission bits, e.g. 0644.</source>
        <translation>Der Modus muss aus oktalen Rechtebits bestehen, z. B. 0644.</translation>
    </message>
    <message>
        <location filename="../ui/edit/OwnerFields.cpp" line="31"/>
        <source>The uid and gid must be numbers.</source>
        <translation>UID und GID müssen Zahlen sein.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::RecentFiles</name>
    <message>
        <location filename="../ui/mainwindow/RecentFiles.cpp" line="35"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/RecentFiles.cpp" line="39"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>famscope::ui::PendingRepairBanner</name>
    <message>
        <source>Finish repair</source>
        <translation>Reparatur abschließen</translation>
    </message>
    <message>
        <source>Undo (restore backup)</source>
        <translation>Rückgängig (Sicherung zurückspielen)</translation>
    </message>
    <message>
        <source>An interrupted repair may be pending, but its intent file cannot be read: %1. The views may show the metadata mid-repair. Put back the metadata backup the repair took with famscope restore BACKUP TARGET.</source>
        <translation>Eine unterbrochene Reparatur steht womöglich aus, aber ihre Absichtsdatei ist nicht lesbar: %1. Die Ansichten zeigen die Metadaten vielleicht mitten in der Reparatur. Spielen Sie die Metadatensicherung der Reparatur mit famscope restore BACKUP TARGET zurück.</translation>
    </message>
    <message numerus="yes">
        <source>An interrupted repair is pending (started %1, %n store(s)): the views may show the metadata mid-repair. Finish the repair, or undo it by putting back the backup it took (%2).</source>
        <translation>
            <numerusform>Eine unterbrochene Reparatur steht aus (begonnen %1, %n Schreibvorgang): die Ansichten zeigen die Metadaten vielleicht mitten in der Reparatur. Schließen Sie die Reparatur ab oder machen Sie sie mit ihrer Sicherung rückgängig (%2).</numerusform>
            <numerusform>Eine unterbrochene Reparatur steht aus (begonnen %1, %n Schreibvorgänge): die Ansichten zeigen die Metadaten vielleicht mitten in der Reparatur. Schließen Sie die Reparatur ab oder machen Sie sie mit ihrer Sicherung rückgängig (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing the repair failed: %1</source>
        <translation>Abschließen der Reparatur fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Putting the backup back failed: %1</source>
        <translation>Zurückspielen der Sicherung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>famscope::ui::RepairDialog</name>
    <message>
        <source>Ticked actions are written, unticked ones only reported. To change the plan, use the options above and the choices for cross-linked files.</source>
        <translation>Angehakte Aktionen werden geschrieben, die übrigen nur gemeldet. Den Plan ändern die Optionen oben und die Auswahl bei mehrfach belegten Dateien.</translation>
    </message>
    <message>
        <source>freed %1</source>
        <translation>%1 freigegeben</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>freed</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>superblock and log</source>
        <translation>Superblock und Log</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Repair %1</source>
        <translation>%1 reparieren</translation>
    </message>
    <message>
        <source>Re&amp;cover the intact entries behind a damaged one (renumbered) instead of ending the log there</source>
        <translation>Die intakten Einträge hinter einem beschädigten &amp;retten (neu nummeriert), statt das Log dort enden zu lassen</translation>
    </message>
    <message>
        <source>Log a missing &amp;parent directory instead of dropping the entry that needs it</source>
        <translation>Ein fehlendes &amp;Elternverzeichnis protokollieren, statt den Eintrag zu verwerfen, der es braucht</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Files claiming the same units</source>
        <translation>Dateien, die dieselben Einheiten beanspruchen</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Wahl</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparieren</translation>
    </message>
    <message>
        <source>&amp;Undo repair</source>
        <translation>Reparatur &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Vorher und nachher</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot repair %1: %2</source>
        <translation>%1 kann nicht repariert werden: %2</translation>
    </message>
    <message>
        <source>Nothing to repair on %1.</source>
        <translation>Auf %1 gibt es nichts zu reparieren.</translation>
    </message>
    <message>
        <source>Repair plan for %1: log of %2 entries → %3, %4, %5 allocation units freed.</source>
        <translation>Reparaturplan für %1: Log mit %2 Einträgen → %3, %4, %5 Allokationseinheiten freigegeben.</translation>
    </message>
    <message>
        <source>slots %1 onward rewritten</source>
        <translation>Slots ab %1 neu geschrieben</translation>
    </message>
    <message>
        <source>no entry rewritten</source>
        <translation>kein Eintrag neu geschrieben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (entry %2)</source>
        <translation>„%1“ (Eintrag %2)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Keep %1, drop %2</source>
        <translation>%1 behalten, %2 verwerfen</translation>
    </message>
    <message>
        <source>Files dropped (%1)</source>
        <translation>Verworfene Dateien (%1)</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>Files recovered (%1)</source>
        <translation>Wiederhergestellte Dateien (%1)</translation>
    </message>
    <message>
        <source>visible again</source>
        <translation>wieder sichtbar</translation>
    </message>
    <message>
        <source>Files a mount shows: %1 before, %2 after.</source>
        <translation>Dateien, die ein Mount zeigt: %1 vorher, %2 nachher.</translation>
    </message>
    <message>
        <source>Allocation units owned by files: %1 before, %2 after (%3 freed, %4 owned by recovered files).</source>
        <translation>Allokationseinheiten im Besitz von Dateien: %1 vorher, %2 nachher (%3 freigegeben, %4 im Besitz wiederhergestellter Dateien).</translation>
    </message>
    <message>
        <source>Not repaired: %1</source>
        <translation>Nicht repariert: %1</translation>
    </message>
    <message>
        <source>The media changed since the plan was made; nothing written. Here is the plan for it now.</source>
        <translation>Das Medium hat sich seit der Planung geändert; nichts geschrieben. Hier ist der Plan für seinen jetzigen Stand.</translation>
    </message>
    <message>
        <source>Repaired: %1 entries written. Metadata backup: %2 (Undo repair, or famscope restore, puts it back).</source>
        <translation>Repariert: %1 Einträge geschrieben. Metadaten-Sicherung: %2 (Reparatur rückgängig machen oder famscope restore spielt sie zurück).</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängig machen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Undone: the metadata is back as it was before the repair (%1).</source>
        <translation>Rückgängig gemacht: die Metadaten sind wieder wie vor der Reparatur (%1).</translation>
    </message>
</context>
<context>
    <name>famscope::ui::SnapshotLoader</name>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="18"/>
        <source>built-in demo</source>
        <translation>eingebaute Demo</translation>
    </message>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="21"/>
        <source>devdax device</source>
        <translation>devdax-Gerät</translation>
    </message>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="23"/>
        <source>image file</source>
        <translation>Abbilddatei</translation>
    </message>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="27"/>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="33"/>
        <source>Opening…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="53"/>
        <source>Building the allocation map…</source>
        <translation>Belegungskarte wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="56"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>famscope::ui::StatusSummary</name>
    <message>
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="15"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="33"/>
        <source>No target open: File ▸ Open image, or Help ▸ Open demo</source>
        <translation>Nichts geöffnet: Datei ▸ Abbild öffnen oder Hilfe ▸ Demo öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="40"/>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="41"/>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="42"/>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="44"/>
        <source>Log: %1 / %n entries</source>
        <translation>
            <numerusform>Log: %1 / %n Eintrag</numerusform>
            <numerusform>Log: %1 / %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="48"/>
        <source>Loading %1…</source>
        <translation>Lade %1…</translation>
    </message>
</context>
<context>
    <name>famscope::ui::StripeDiagram</name>
    <message>
        <location filename="../ui/views/StripeDiagram.cpp" line="54"/>
        <source>Select a file to see where its bytes live.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, wo ihre Bytes liegen.</translation>
    </message>
    <message>
        <location filename="../ui/views/StripeDiagram.cpp" line="69"/>
        <source>Degenerate interleave: nothing is mapped.</source>
        <translation>Entartetes Interleave: nichts ist abgebildet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/StripeDiagram.cpp" line="78"/>
        <source>%n chunk(s) of %1</source>
        <translation>
            <numerusform>%n Chunk zu %1</numerusform>
            <numerusform>%n Chunks zu %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/StripeDiagram.cpp" line="79"/>
        <source>over %n strip(s)</source>
        <translation>
            <numerusform>auf %n Streifen</numerusform>
            <numerusform>auf %n Streifen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/StripeDiagram.cpp" line="81"/>
        <source> (first %1 drawn)</source>
        <translation> (die ersten %1 gezeichnet)</translation>
    </message>
    <message>
        <location filename="../ui/views/StripeDiagram.cpp" line="85"/>
        <location filename="../ui/views/StripeDiagram.cpp" line="105"/>
        <source>strip %1</source>
        <translation>Streifen %1</translation>
    </message>
    <message>
        <location filename="../ui/views/StripeDiagram.cpp" line="89"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/StripeDiagram.cpp" line="126"/>
        <source>Simple file: %n extent(s), in file order</source>
        <translation>
            <numerusform>Einfache Datei: %n Extent, in Dateireihenfolge</numerusform>
            <numerusform>Einfache Datei: %n Extents, in Dateireihenfolge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/StripeDiagram.cpp" line="140"/>
        <source>extent %1 @ %2</source>
        <translation>Extent %1 @ %2</translation>
    </message>
</context>
<context>
    <name>famscope::ui::StructureFieldsModel</name>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="52"/>
        <source>superblock</source>
        <translation>Superblock</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="60"/>
        <source>identifies a famfs superblock</source>
        <translation>kennzeichnet einen famfs-Superblock</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="61"/>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="95"/>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="134"/>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="146"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="61"/>
        <source>not famfs</source>
        <translation>kein famfs</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="65"/>
        <source>superblock version</source>
        <translation>Superblock-Version</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="66"/>
        <source>known</source>
        <translation>bekannt</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="66"/>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="70"/>
        <source>device offset of the log</source>
        <translation>Geräte-Offset des Logs</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="73"/>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="138"/>
        <source>log size in bytes: %1</source>
        <translation>Log-Größe in Bytes: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="76"/>
        <source>allocation unit: %1</source>
        <translation>Belegungseinheit: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="79"/>
        <source>on-media format, major version</source>
        <translation>Format auf dem Medium, Hauptversion</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="82"/>
        <source>on-media format, minor version</source>
        <translation>Format auf dem Medium, Nebenversion</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="85"/>
        <source>file system UUID</source>
        <translation>UUID des Dateisystems</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="88"/>
        <source>device UUID</source>
        <translation>UUID des Geräts</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="91"/>
        <source>UUID of the host that created the file system (the master)</source>
        <translation>UUID des Rechners, der das Dateisystem angelegt hat (der Master)</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="94"/>
        <source>CRC-32 of bytes 0–95</source>
        <translation>CRC-32 der Bytes 0–95</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="96"/>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="147"/>
        <source>mismatch, computed %1</source>
        <translation>falsch, berechnet %1</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="100"/>
        <source>superblock flags (unused)</source>
        <translation>Superblock-Flags (unbenutzt)</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="103"/>
        <source>padding</source>
        <translation>Füllbytes</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="106"/>
        <source>primary device size: %1</source>
        <translation>Größe des primären Geräts: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="109"/>
        <source>primary device UUID</source>
        <translation>UUID des primären Geräts</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="112"/>
        <source>primary device path at creation</source>
        <translation>Pfad des primären Geräts beim Anlegen</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="125"/>
        <source>log header</source>
        <translation>Log-Kopf</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="133"/>
        <source>identifies the famfs log</source>
        <translation>kennzeichnet das famfs-Log</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="134"/>
        <source>not a famfs log</source>
        <translation>kein famfs-Log</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/StructureFieldsModel.cpp" line="141"/>
        <source>last usable slot: %n entries fit</source>
        <translation>
            <numerusform>letzter nutzbarer Platz: %n Eintrag passt</numerusform>
            <numerusform>letzter nutzbarer Platz: %n Einträge passen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="145"/>
        <source>CRC-32 of bytes 0–23 (magic, length, last index)</source>
        <translation>CRC-32 der Bytes 0–23 (Magic, Länge, letzter Index)</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="151"/>
        <source>sequence number of the next entry</source>
        <translation>Sequenznummer des nächsten Eintrags</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="154"/>
        <source>slot of the next entry: entries in use</source>
        <translation>Platz des nächsten Eintrags: belegte Einträge</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="228"/>
        <source>Structure</source>
        <translation>Struktur</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="230"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="232"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="234"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="236"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="238"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="240"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>famscope::ui::SuperblockPanel</name>
    <message>
        <location filename="../ui/panels/SuperblockPanel.cpp" line="41"/>
        <source>Layout: %1</source>
        <translation>Layout: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/SuperblockPanel.cpp" line="42"/>
        <source>Log: %1 of %n entries used (%2%)</source>
        <translation>
            <numerusform>Log: %1 von %n Eintrag belegt (%2 %)</numerusform>
            <numerusform>Log: %1 von %n Einträgen belegt (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/SuperblockPanel.cpp" line="46"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SuperblockPanel.cpp" line="49"/>
        <source>No file system open.</source>
        <translation>Kein Dateisystem geöffnet.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::TableExport</name>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="128"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="130"/>
        <source>Export table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="139"/>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="150"/>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="156"/>
        <source>Export as CS&amp;V…</source>
        <translation>Als CS&amp;V exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="160"/>
        <source>Export as &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
</context>
<context>
    <name>famscope::ui::UndoController</name>
    <message>
        <location filename="../ui/edit/UndoController.cpp" line="24"/>
        <source>No write session has written anything yet.</source>
        <translation>Noch keine Schreibsitzung hat etwas geschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/edit/UndoController.cpp" line="28"/>
        <source>Undo the last write session on %1?

Its superblock and log are restored from the backup %2 taken before its first write; write mode ends.</source>
        <translation>Die letzte Schreibsitzung auf %1 rückgängig machen?

Superblock und Log werden aus der Sicherung %2 wiederhergestellt, die vor dem ersten Schreibvorgang angelegt wurde; der Schreibmodus endet.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::VerifyJob</name>
    <message>
        <location filename="../ui/verify/VerifyJob.cpp" line="65"/>
        <source>Line %1: expected &quot;path seed&quot;, got &quot;%2&quot;.</source>
        <translation>Zeile %1: „Pfad Seed“ erwartet, „%2“ erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyJob.cpp" line="85"/>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
</context>
<context>
    <name>famscope::ui::VerifyPanel</name>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="38"/>
        <source>Add &amp;selected file</source>
        <translation>&amp;Ausgewählte Datei hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="39"/>
        <source>Add &amp;all files</source>
        <translation>A&amp;lle Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="40"/>
        <source>&amp;Paste list…</source>
        <translation>Liste &amp;einfügen…</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="41"/>
        <source>C&amp;lear</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="50"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="50"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="50"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="54"/>
        <source>Type the seed each file was written with (decimal or 0x hex). Double-click a failed row to show its first bad word.</source>
        <translation>Geben Sie den Seed ein, mit dem jede Datei geschrieben wurde (dezimal oder 0x hex). Doppelklick auf eine fehlgeschlagene Zeile zeigt ihr erstes falsches Wort.</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="61"/>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="107"/>
        <source>Add files and their seeds, then Verify.</source>
        <translation>Dateien und ihre Seeds hinzufügen, dann Prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="108"/>
        <source>No file system open.</source>
        <translation>Kein Dateisystem geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="160"/>
        <location filename="../ui/verify/VerifyPanel.cpp" line="165"/>
        <source>Paste seed list</source>
        <translation>Seed-Liste einfügen</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="160"/>
        <source>One file per line: path and seed, e.g. &quot;dir/file 42&quot;.</source>
        <translation>Eine Datei pro Zeile: Pfad und Seed, z. B. „dir/file 42“.</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="179"/>
        <source>skipped: no seed</source>
        <translation>übersprungen: kein Seed</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="182"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="187"/>
        <source>Nothing to verify: give each file its seed.</source>
        <translation>Nichts zu prüfen: Geben Sie jeder Datei ihren Seed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verify/VerifyPanel.cpp" line="194"/>
        <source>Verifying %n file(s)…</source>
        <translation>
            <numerusform>Prüfe %n Datei…</numerusform>
            <numerusform>Prüfe %n Dateien…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="211"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="213"/>
        <source>mismatch at file offset %1 (device %2)</source>
        <translation>Abweichung bei Datei-Offset %1 (Gerät %2)</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="217"/>
        <location filename="../ui/verify/VerifyPanel.cpp" line="235"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="219"/>
        <source>ok: %1 bytes</source>
        <translation>ok: %1 Bytes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verify/VerifyPanel.cpp" line="240"/>
        <source>Cancelled after %n file(s).</source>
        <translation>
            <numerusform>Nach %n Datei abgebrochen.</numerusform>
            <numerusform>Nach %n Dateien abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verify/VerifyPanel.cpp" line="242"/>
        <source>All %n file(s) hold their pattern.</source>
        <translation>
            <numerusform>Die %n Datei enthält ihr Muster.</numerusform>
            <numerusform>Alle %n Dateien enthalten ihr Muster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verify/VerifyPanel.cpp" line="244"/>
        <source>%n file(s) failed.</source>
        <translation>
            <numerusform>%n Datei fehlgeschlagen.</numerusform>
            <numerusform>%n Dateien fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::WriteMode</name>
    <message>
        <location filename="../ui/edit/WriteMode.cpp" line="45"/>
        <source>The built-in demo lives in memory only and cannot be written. Create an image with File ▸ New image… to try editing.</source>
        <translation>Die eingebaute Demo existiert nur im Speicher und kann nicht beschrieben werden. Legen Sie mit Datei ▸ Neues Image… ein Image an, um das Bearbeiten auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../ui/edit/WriteMode.cpp" line="50"/>
        <source>Nothing is open.</source>
        <translation>Nichts ist geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/edit/WriteMode.cpp" line="81"/>
        <source>An import is running; wait until it has finished.</source>
        <translation>Ein Import läuft; warten Sie, bis er abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../ui/edit/WriteMode.cpp" line="82"/>
        <source>Write mode is off.</source>
        <translation>Der Schreibmodus ist aus.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::FileRangeBar</name>
    <message>
        <source>File byte range and fault pages</source>
        <translation>Bytebereich der Datei und Fault-Seiten</translation>
    </message>
</context>
<context>
    <name>famscope::ui::ResolverPanel</name>
    <message>
        <source>%1 (%2 bytes) to the next discontinuity</source>
        <translation>%1 (%2 Bytes) bis zur nächsten Unstetigkeit</translation>
    </message>
    <message>
        <source>%1% of this file can fault in 2 MiB pages (green), %2% only in 4 KiB pages (amber), %3% not at all (red). File faults never map 1 GiB pages.</source>
        <translation>%1 % dieser Datei können in 2-MiB-Seiten einblenden (grün), %2 % nur in 4-KiB-Seiten (gelb), %3 % gar nicht (rot). Fehlzugriffe auf Dateien blenden nie 1-GiB-Seiten ein.</translation>
    </message>
    <message>
        <source>&amp;Offset in the file:</source>
        <translation>&amp;Offset in der Datei:</translation>
    </message>
    <message>
        <source>0x200000, 4096 or 2M, then Enter</source>
        <translation>0x200000, 4096 oder 2M, dann Eingabe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: click or drag on the bar, or type an offset.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2: Klicken oder ziehen Sie auf dem Balken oder geben Sie einen Offset ein.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; as an offset: type 0x200000, 2097152 or 2M.</source>
        <translation>„%1“ ist kein lesbarer Offset: geben Sie 0x200000, 2097152 oder 2M ein.</translation>
    </message>
    <message>
        <source>Device offset</source>
        <translation>Geräte-Offset</translation>
    </message>
    <message>
        <source>Device offset:</source>
        <translation>Geräte-Offset:</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Fault page totals</source>
        <translation>Summen der Fault-Seiten</translation>
    </message>
    <message>
        <source>Fault page</source>
        <translation>Fault-Seite</translation>
    </message>
    <message>
        <source>Fault page:</source>
        <translation>Fault-Seite:</translation>
    </message>
    <message>
        <source>Fault pages unknown: %1</source>
        <translation>Fault-Seiten unbekannt: %1</translation>
    </message>
    <message>
        <source>File offset</source>
        <translation>Datei-Offset</translation>
    </message>
    <message>
        <source>Mapped length</source>
        <translation>Abgebildete Länge</translation>
    </message>
    <message>
        <source>Mapped length:</source>
        <translation>Abgebildete Länge:</translation>
    </message>
    <message>
        <source>Offset %1 is not mapped: %2</source>
        <translation>Offset %1 ist nicht abgebildet: %2</translation>
    </message>
    <message>
        <source>Offset %1 is out of range: the file is %2 bytes, offsets run from 0 to %3.</source>
        <translation>Offset %1 liegt außerhalb: die Datei hat %2 Bytes, Offsets reichen von 0 bis %3.</translation>
    </message>
    <message>
        <source>Offset %1 resolves to device %2, offset %3.</source>
        <translation>Offset %1 führt zu Gerät %2, Offset %3.</translation>
    </message>
    <message>
        <source>Resolver message</source>
        <translation>Meldung des Auflösers</translation>
    </message>
    <message>
        <source>Resolver steps</source>
        <translation>Schritte des Auflösers</translation>
    </message>
    <message>
        <source>Select a file to watch its offsets resolve.</source>
        <translation>Wählen Sie eine Datei, um die Auflösung ihrer Offsets zu sehen.</translation>
    </message>
    <message>
        <source>The file is empty: no offset resolves.</source>
        <translation>Die Datei ist leer: kein Offset lässt sich auflösen.</translation>
    </message>
    <message>
        <source>a 2 MiB page</source>
        <translation>eine 2-MiB-Seite</translation>
    </message>
    <message>
        <source>a 4 KiB page, not 2 MiB: %1</source>
        <translation>eine 4-KiB-Seite, nicht 2 MiB: %1</translation>
    </message>
    <message>
        <source>nothing: the access gets SIGBUS</source>
        <translation>nichts: der Zugriff erhält SIGBUS</translation>
    </message>
</context>
<context>
    <name>famscope::ui::TourCard</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>Vorheriger Schritt (Pfeil links)</translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation>Nächster Schritt (Pfeil rechts)</translation>
    </message>
    <message>
        <source>End the tour (Esc)</source>
        <translation>Rundgang beenden (Esc)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>famscope::ui::TourSteps</name>
    <message>
        <source>The superblock</source>
        <translation>Der Superblock</translation>
    </message>
    <message>
        <source>famfs lives on a devdax device: shared memory, mapped by every host. Its first bytes are the superblock: the magic number, the version, where the log lies and how long it is, the allocation unit (2 MiB) and the device&apos;s size. A CRC protects it.</source>
        <translation>famfs liegt auf einem devdax-Gerät: gemeinsamer Speicher, den jeder Host abbildet. Seine ersten Bytes sind der Superblock: die magische Zahl, die Version, wo das Log liegt und wie lang es ist, die Allokationseinheit (2 MiB) und die Größe des Geräts. Eine CRC schützt ihn.</translation>
    </message>
    <message>
        <source>The log</source>
        <translation>Das Log</translation>
    </message>
    <message>
        <source>At 2 MiB begins the metadata log. famfs never changes a file&apos;s metadata in place: every mkdir and every file created appends one 544-byte entry with the path, the owner, the size and the file&apos;s map. Nothing is ever deleted.</source>
        <translation>Bei 2 MiB beginnt das Metadaten-Log. famfs ändert die Metadaten einer Datei nie an Ort und Stelle: jedes mkdir und jede erzeugte Datei hängt einen Eintrag von 544 Bytes an, mit Pfad, Eigentümer, Größe und der Abbildung der Datei. Gelöscht wird nie etwas.</translation>
    </message>
    <message>
        <source>Entries and their CRCs</source>
        <translation>Einträge und ihre CRCs</translation>
    </message>
    <message>
        <source>The hex view shows the selected entry&apos;s bytes as they are on the device. Each entry carries a sequence number equal to its slot and a CRC over its first 536 bytes: that is how a reader tells a complete entry from a half-written one.</source>
        <translation>Die Hex-Ansicht zeigt die Bytes des gewählten Eintrags, wie sie auf dem Gerät stehen. Jeder Eintrag trägt eine Sequenznummer gleich seinem Slot und eine CRC über seine ersten 536 Bytes: daran erkennt ein Leser einen vollständigen Eintrag und einen halb geschriebenen.</translation>
    </message>
    <message>
        <source>Replay into a namespace</source>
        <translation>Replay in einen Namensraum</translation>
    </message>
    <message>
        <source>A mount replays the log from the first entry on and creates each directory and file it names. The tree is the result, exactly as a famfs mount would build it; the first entry for a path wins.</source>
        <translation>Ein Mount spielt das Log vom ersten Eintrag an ab und legt jedes Verzeichnis und jede Datei an, die es nennt. Der Baum ist das Ergebnis, genau wie ein famfs-Mount ihn aufbauen würde; für einen Pfad gewinnt der erste Eintrag.</translation>
    </message>
    <message>
        <source>A torn entry</source>
        <translation>Ein zerrissener Eintrag</translation>
    </message>
    <message>
        <source>The demo&apos;s last entry has a wrong CRC, as a write that did not finish leaves it. Replay stops there: scratch/torn-entry is in the log but not in the tree. fsck reports it.</source>
        <translation>Der letzte Eintrag der Demo hat eine falsche CRC, wie ihn ein nicht beendeter Schreibvorgang hinterlässt. Das Replay hält dort an: scratch/torn-entry steht im Log, aber nicht im Baum. fsck meldet ihn.</translation>
    </message>
    <message>
        <source>A simple file</source>
        <translation>Eine einfache Datei</translation>
    </message>
    <message>
        <source>A simple file is a list of extents: device offset and length. famfs allocates one contiguous extent, rounded up to 2 MiB, so file offset x is device offset (extent start + x).</source>
        <translation>Eine einfache Datei ist eine Liste von Extents: Geräte-Offset und Länge. famfs belegt einen zusammenhängenden Extent, auf 2 MiB aufgerundet, also ist der Datei-Offset x der Geräte-Offset (Extent-Anfang + x).</translation>
    </message>
    <message>
        <source>An interleaved file</source>
        <translation>Eine verschränkte Datei</translation>
    </message>
    <message>
        <source>An interleaved file spreads over several strips, each in its own part of the device: chunk 0 goes to strip 0, chunk 1 to strip 1, and so on round the strips. The stripe diagram draws which chunk lands where.</source>
        <translation>Eine verschränkte (interleaved) Datei verteilt sich auf mehrere Strips, jeder in einem eigenen Bereich des Geräts: Chunk 0 geht an Strip 0, Chunk 1 an Strip 1 und so weiter reihum. Das Stripe-Diagramm zeigt, welcher Chunk wo landet.</translation>
    </message>
    <message>
        <source>A fault resolved</source>
        <translation>Ein aufgelöster Fault</translation>
    </message>
    <message>
        <source>When a program touches a famfs file, the kernel turns the file offset into a device offset, as here for 5 MiB into the checkpoint: which chunk, which strip, which stripe, and the device offset. Type another offset or click the bar.</source>
        <translation>Wenn ein Programm eine famfs-Datei berührt, wandelt der Kernel den Datei-Offset in einen Geräte-Offset um, wie hier für 5 MiB in den Checkpoint: welcher Chunk, welcher Strip, welcher Stripe, und der Geräte-Offset. Geben Sie einen anderen Offset ein oder klicken Sie auf den Balken.</translation>
    </message>
    <message>
        <source>Huge-page eligibility</source>
        <translation>Eignung für große Seiten</translation>
    </message>
    <message>
        <source>A fault maps a whole 2 MiB page only where the 2 MiB lie in one extent or chunk, 2 MiB aligned on the device and inside the file. Elsewhere it falls back to 4 KiB pages: the strip under the bar colours each part by the page it gets.</source>
        <translation>Ein Fault bildet nur dort eine ganze 2-MiB-Seite ab, wo die 2 MiB in einem Extent oder Chunk liegen, auf dem Gerät 2 MiB ausgerichtet und innerhalb der Datei. Anderswo weicht er auf 4-KiB-Seiten aus: der Streifen unter dem Balken färbt jeden Teil nach der Seite, die er bekommt.</translation>
    </message>
    <message>
        <source>Allocation and collisions</source>
        <translation>Belegung und Kollisionen</translation>
    </message>
    <message>
        <source>Each cell is an allocation unit of the device, coloured by the file that owns it. Two files claiming the same unit are a collision: they would overwrite each other&apos;s data. The demo has none; famfs fsck counts them, and famscope shows where they are.</source>
        <translation>Jede Zelle ist eine Allokationseinheit des Geräts, gefärbt nach der Datei, der sie gehört. Zwei Dateien, die dieselbe Einheit beanspruchen, sind eine Kollision: sie würden gegenseitig ihre Daten überschreiben. Die Demo hat keine; famfs fsck zählt sie, und famscope zeigt, wo sie liegen.</translation>
    </message>
    <message>
        <source>Checking with fsck</source>
        <translation>Prüfen mit fsck</translation>
    </message>
    <message>
        <source>fsck checks everything famfs fsck checks and more, each finding with a stable code: here the torn entry. A finding leads to its place: the field, the log entry, the file or the allocation units.</source>
        <translation>fsck prüft alles, was famfs fsck prüft, und mehr, jeden Befund mit einem festen Code: hier den zerrissenen Eintrag. Ein Befund führt zu seiner Stelle: dem Feld, dem Log-Eintrag, der Datei oder den Allokationseinheiten.</translation>
    </message>
    <message>
        <source>Live watch</source>
        <translation>Live-Beobachtung</translation>
    </message>
    <message>
        <source>Other hosts append to the log while famscope has an image or a device open. famscope re-reads the log header every second and reloads when it changed; the status bar says how many entries appeared and how full the log is. (The demo lives in memory: it never changes.)</source>
        <translation>Andere Hosts hängen an das Log an, während famscope ein Image oder ein Gerät geöffnet hat. famscope liest den Log-Kopf jede Sekunde neu und lädt neu, wenn er sich geändert hat; die Statusleiste sagt, wie viele Einträge hinzukamen und wie voll das Log ist. (Die Demo liegt im Speicher: sie ändert sich nie.)</translation>
    </message>
</context>
</TS>
