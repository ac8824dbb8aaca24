<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="69"/>
        <source>Cost per fault (median, min-max whiskers)</source>
        <translation>Coût par défaut de page (médiane, moustaches min–max)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="79"/>
        <source>ns per fault</source>
        <translation>ns par défaut de page</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="92"/>
        <source>page size (asked-&gt;obtained when flagged)</source>
        <translation>taille de page (demandée-&gt;obtenue si signalé)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="129"/>
        <source>Newly mapped memory per second</source>
        <translation>Mémoire nouvellement projetée par seconde</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="148"/>
        <source>GiB/s</source>
        <translation>Gio/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="164"/>
        <source> bandwidth (fill)</source>
        <translation> débit (remplissage)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="176"/>
        <source>Per-fault latency (CDF)</source>
        <translation>Latence par défaut de page (fonction de répartition)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="195"/>
        <source>ns per touch</source>
        <translation>ns par accès</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchCharts.cpp" line="198"/>
        <source>fraction of faults</source>
        <translation>fraction des défauts de page</translation>
    </message>
    <message>
        <location filename="../ui/charts/FreeRunChart.cpp" line="17"/>
        <source>Free runs by size</source>
        <translation>Zones libres par taille</translation>
    </message>
    <message>
        <location filename="../ui/charts/FreeRunChart.cpp" line="22"/>
        <location filename="../ui/charts/FreeRunChart.cpp" line="47"/>
        <source>free runs</source>
        <translation>zones libres</translation>
    </message>
    <message>
        <location filename="../ui/charts/FreeRunChart.cpp" line="64"/>
        <source>Free runs of %1: %2, holding %3 of free space</source>
        <translation>Zones libres de %1 : %2, soit %3 d’espace libre</translation>
    </message>
</context>
<context>
    <name>famscope::ui::BenchPanel</name>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="65"/>
        <source>memfd, hugetlb, thp, an image file or devdax device, or famfs:MEDIA:PATH for a famfs file</source>
        <translation>memfd, hugetlb, thp, un fichier image ou un périphérique devdax, ou famfs:SUPPORT:CHEMIN pour un fichier famfs</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="68"/>
        <source>target default (e.g. 4k,2m,1g)</source>
        <translation>valeur par défaut de la cible (p. ex. 4k,2m,1g)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="77"/>
        <source>Write faults (overwrites a famfs file&apos;s data)</source>
        <translation>Défauts en écriture (écrase les données d’un fichier famfs)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="78"/>
        <source>Random order</source>
        <translation>Ordre aléatoire</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="79"/>
        <source>Compare with a prefaulted mapping</source>
        <translation>Comparer avec une projection préchargée</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="80"/>
        <source>Per-fault latency</source>
        <translation>Latence par défaut de page</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="82"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="83"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="92"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="93"/>
        <source>Page sizes</source>
        <translation>Tailles de page</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="94"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="95"/>
        <source>Threads (1..N)</source>
        <translation>Threads (1..N)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="96"/>
        <source>Repetitions</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="97"/>
        <source>Warm-up runs</source>
        <translation>Exécutions de préchauffage</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="105"/>
        <source>Checked runs are compared on the charts</source>
        <translation>Les exécutions cochées sont comparées dans les graphiques</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="106"/>
        <source>Export CSV...</source>
        <translation>Exporter en CSV...</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="107"/>
        <source>Export PNG...</source>
        <translation>Exporter en PNG...</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="108"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="120"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="128"/>
        <source>ns/fault</source>
        <translation>ns/défaut</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="129"/>
        <source>GiB/s</source>
        <translation>Gio/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="130"/>
        <source>Latency CDF</source>
        <translation>Répartition des latences</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="196"/>
        <source>Size must be a number of bytes such as 64M or 1G</source>
        <translation>La taille doit être un nombre d’octets, comme 64M ou 1G</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="208"/>
        <source>Starting...</source>
        <translation>Démarrage...</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="225"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="226"/>
        <source>Done. </source>
        <translation>Terminé. </translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="240"/>
        <source>Benchmark failed: </source>
        <translation>Échec du banc d’essai : </translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="276"/>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="284"/>
        <source>Export benchmark runs</source>
        <translation>Exporter les exécutions du banc d’essai</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="285"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="288"/>
        <location filename="../ui/charts/BenchPanel.cpp" line="296"/>
        <source>Export failed: </source>
        <translation>Échec de l’export : </translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="293"/>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../ui/charts/BenchPanel.cpp" line="293"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>famscope::ui::CreateFileDialog</name>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="31"/>
        <source>&amp;Interleaved (strided across buckets)</source>
        <translation>&amp;Entrelacé (réparti sur les compartiments)</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="36"/>
        <source>Create file</source>
        <translation>Créer un fichier</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="40"/>
        <source>empty: leave the data unwritten</source>
        <translation>vide : ne pas écrire les données</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="42"/>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin :</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="43"/>
        <source>&amp;Size (K/M/G):</source>
        <translation>&amp;Taille (K/M/G) :</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="45"/>
        <source>&amp;Data seed:</source>
        <translation>&amp;Graine des données :</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="54"/>
        <source>S&amp;trips:</source>
        <translation>&amp;Bandes :</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="55"/>
        <source>&amp;Buckets:</source>
        <translation>Co&amp;mpartiments :</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="56"/>
        <source>&amp;Chunk size:</source>
        <translation>Taille de &amp;bloc :</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="62"/>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="90"/>
        <source>Enter a size greater than 0, e.g. 4K or 2M.</source>
        <translation>Saisissez une taille supérieure à 0, par ex. 4K ou 2M.</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="103"/>
        <source>The data seed must be a number.</source>
        <translation>La graine des données doit être un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="111"/>
        <source>The chunk size must be a size such as 2M.</source>
        <translation>La taille de bloc doit être une taille comme 2M.</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="146"/>
        <source>Preview: %1 strips of %2 (chunk %3), outlined on the heatmap.</source>
        <translation>Aperçu : %1 bandes de %2 (bloc %3), encadrées sur la carte thermique.</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="149"/>
        <source>Preview: one extent of %1 at %2, outlined on the heatmap.</source>
        <translation>Aperçu : une étendue de %1 à %2, encadrée sur la carte thermique.</translation>
    </message>
    <message>
        <location filename="../ui/edit/CreateFileDialog.cpp" line="154"/>
        <source>The file is smaller than one chunk, so famfs places it contiguously.</source>
        <translation>Le fichier est plus petit qu’un bloc, famfs le place donc de façon contiguë.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::DevicesModel</name>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="53"/>
        <source>region %1</source>
        <translation>région %1</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="85"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="85"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="113"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="115"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="117"/>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="119"/>
        <source>NUMA node</source>
        <translation>Nœud NUMA</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="121"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="123"/>
        <source>Driver</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../ui/models/DevicesModel.cpp" line="125"/>
        <source>famfs superblock</source>
        <translation>Superbloc famfs</translation>
    </message>
</context>
<context>
    <name>famscope::ui::DevicesPanel</name>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="17"/>
        <source>&amp;Open device</source>
        <translation>&amp;Ouvrir le périphérique</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="23"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="40"/>
        <source>Not scanned yet.</source>
        <translation>Pas encore analysé.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="56"/>
        <source>No dax devices on this host.</source>
        <translation>Aucun périphérique DAX sur cet hôte.</translation>
    </message>
    <message>
        <location filename="../ui/panels/DevicesPanel.cpp" line="66"/>
        <source>libdaxctl could not be loaded (%1); listed from sysfs.</source>
        <translation>libdaxctl n’a pas pu être chargée (%1) ; liste tirée de sysfs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/DevicesPanel.cpp" line="57"/>
        <source>%n dax device(s).</source>
        <translation>
            <numerusform>%n périphérique DAX.</numerusform>
            <numerusform>%n périphériques DAX.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::EditController</name>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="47"/>
        <location filename="../ui/edit/EditController.cpp" line="249"/>
        <source>Undo last write session</source>
        <translation>Annuler la dernière session d’écriture</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="61"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="62"/>
        <source>The import stopped: %1</source>
        <translation>L’importation s’est arrêtée : %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="65"/>
        <source>Import cancelled; what was copied stays.</source>
        <translation>Importation annulée ; ce qui a été copié reste.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="66"/>
        <source>Import finished.</source>
        <translation>Importation terminée.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="85"/>
        <source>&amp;Leave write mode</source>
        <translation>&amp;Quitter le mode écriture</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="110"/>
        <source>&amp;New image…</source>
        <translation>&amp;Nouvelle image…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="112"/>
        <source>&amp;Format devdax device…</source>
        <translation>&amp;Formater un périphérique devdax…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="119"/>
        <source>&amp;Write mode</source>
        <translation>Mode é&amp;criture</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="123"/>
        <source>Open the file system for writing (read-only otherwise)</source>
        <translation>Ouvrir le système de fichiers en écriture (sinon en lecture seule)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="126"/>
        <source>&amp;Create file…</source>
        <translation>&amp;Créer un fichier…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="128"/>
        <source>New &amp;directory…</source>
        <translation>Nouveau &amp;répertoire…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="130"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="132"/>
        <source>Import f&amp;older…</source>
        <translation>Importer un d&amp;ossier…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="134"/>
        <source>&amp;Undo last write session…</source>
        <translation>&amp;Annuler la dernière session d’écriture…</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="153"/>
        <source>Write mode refused — %1</source>
        <translation>Mode écriture refusé — %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="164"/>
        <source>[WRITE MODE] %1</source>
        <translation>[MODE ÉCRITURE] %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="175"/>
        <source>WRITE MODE — changes are written to %1</source>
        <translation>MODE ÉCRITURE — les modifications sont écrites dans %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="186"/>
        <source>Write mode ended: another target was opened.</source>
        <translation>Mode écriture terminé : une autre cible a été ouverte.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="237"/>
        <source>Import folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditController.cpp" line="241"/>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>&amp;Repair…</source>
        <translation>&amp;Réparer…</translation>
    </message>
</context>
<context>
    <name>famscope::ui::ExtentModel</name>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="57"/>
        <source>bytes %1 – %2</source>
        <translation>octets %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="60"/>
        <source>none (degenerate interleave)</source>
        <translation>aucun (entrelacement dégénéré)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/ExtentModel.cpp" line="76"/>
        <source>chunk(s) %1</source>
        <translation>
            <numerusform>bloc %1</numerusform>
            <numerusform>blocs %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="117"/>
        <source>Strip</source>
        <translation>Bande</translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="117"/>
        <source>Extent</source>
        <translation>Extent</translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="119"/>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="121"/>
        <source>Device offset</source>
        <translation>Décalage sur le périphérique</translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="123"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../ui/models/ExtentModel.cpp" line="125"/>
        <source>Holds</source>
        <translation>Contient</translation>
    </message>
</context>
<context>
    <name>famscope::ui::FileDetailsPanel</name>
    <message>
        <location filename="../ui/panels/FileDetailsPanel.cpp" line="70"/>
        <source>Directory %1</source>
        <translation>Répertoire %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/FileDetailsPanel.cpp" line="71"/>
        <source>Select a file in the namespace or the log.</source>
        <translation>Choisissez un fichier dans l’espace de noms ou le journal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/FileDetailsPanel.cpp" line="75"/>
        <source>interleaved: %n strip(s), chunk %1</source>
        <translation>
            <numerusform>entrelacé : %n bande, bloc %1</numerusform>
            <numerusform>entrelacé : %n bandes, bloc %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/FileDetailsPanel.cpp" line="78"/>
        <source>simple: %n extent(s)</source>
        <translation>
            <numerusform>simple : %n extent</numerusform>
            <numerusform>simple : %n extents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/FileDetailsPanel.cpp" line="80"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, allocated %3, mode %4, uid %5, gid %6, log entry %7; %8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, alloué %3, mode %4, uid %5, gid %6, entrée de journal %7 ; %8</translation>
    </message>
</context>
<context>
    <name>famscope::ui::FitForm</name>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="35"/>
        <source>Will it fit?</source>
        <translation>Est-ce que ça tient ?</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="37"/>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="52"/>
        <source>1 (simple file)</source>
        <translation>1 (fichier simple)</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="53"/>
        <source>More than one strip places the file interleaved: one strip in each of that many different buckets (famfs creat -N).</source>
        <translation>Plus d’une bande place le fichier de façon entrelacée : une bande dans autant de compartiments différents (famfs creat -N).</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="56"/>
        <source>The device is cut into this many equal buckets (famfs creat -B); each must be at least 1 GiB.</source>
        <translation>Le périphérique est découpé en autant de compartiments égaux (famfs creat -B) ; chacun doit faire au moins 1 Gio.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="60"/>
        <source>Bytes written to one strip before moving to the next (famfs creat -C).</source>
        <translation>Octets écrits dans une bande avant de passer à la suivante (famfs creat -C).</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="69"/>
        <source>#</source>
        <translation>n°</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="69"/>
        <source>Device offset</source>
        <translation>Position sur le périphérique</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="69"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="69"/>
        <source>Bucket</source>
        <translation>Compartiment</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="78"/>
        <source>File size:</source>
        <translation>Taille du fichier :</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="79"/>
        <source>Strips:</source>
        <translation>Bandes :</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="80"/>
        <source>Buckets:</source>
        <translation>Compartiments :</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="81"/>
        <source>Chunk size:</source>
        <translation>Taille de bloc :</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="133"/>
        <source>Ask the allocator where a file would go.</source>
        <translation>Demander à l’allocateur où irait un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="134"/>
        <source>No file system open.</source>
        <translation>Aucun système de fichiers ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="147"/>
        <source>Does not fit.</source>
        <translation>Ne tient pas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/FitForm.cpp" line="152"/>
        <source>Fits: %n strip(s) of %1 (chunk %2), each in its own bucket.</source>
        <translation>
            <numerusform>Tient : %n bande de %1 (bloc %2), dans son propre compartiment.</numerusform>
            <numerusform>Tient : %n bandes de %1 (bloc %2), chacune dans son propre compartiment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="157"/>
        <source>famfs visits the buckets in a random order; this plan shows one such order.</source>
        <translation>famfs parcourt les compartiments dans un ordre aléatoire ; ce plan montre un tel ordre.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="161"/>
        <source>Fits: one extent of %1 at %2.</source>
        <translation>Tient : une étendue de %1 à %2.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="166"/>
        <source>Smaller than one chunk, the file is not striped: famfs falls back to one simple extent.</source>
        <translation>Plus petit qu’un bloc, le fichier n’est pas réparti en bandes : famfs se rabat sur une étendue simple.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="170"/>
        <source>The largest file of this shape that fits now: %1.</source>
        <translation>Le plus grand fichier de cette forme qui tient maintenant : %1.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FitForm.cpp" line="173"/>
        <source>No file of this shape fits now.</source>
        <translation>Aucun fichier de cette forme ne tient actuellement.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::Format</name>
    <message numerus="yes">
        <location filename="../ui/util/Format.cpp" line="15"/>
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::FragmentationPanel</name>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="35"/>
        <source>Space amplification as famfs fsck prints it: bytes allocated (every allocation unit in use, the superblock and log included) divided by the sum of the file sizes. The second figure counts only the units holding file data: what rounding each file up to whole 2 MiB units costs. ∞: no file data yet.</source>
        <translation>Amplification d’espace telle que famfs fsck l’affiche : octets alloués (toute unité d’allocation utilisée, superbloc et journal compris) divisés par la somme des tailles de fichiers. Le second chiffre ne compte que les unités contenant des données de fichiers : ce que coûte l’arrondi de chaque fichier à des unités entières de 2 Mio. ∞ : pas encore de données de fichiers.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="40"/>
        <source>The superblock and the log are allocated before any file; they are counted in famfs&apos;s amplification but not in the file-only figure.</source>
        <translation>Le superbloc et le journal sont alloués avant tout fichier ; ils comptent dans l’amplification de famfs mais pas dans le chiffre limité aux fichiers.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="43"/>
        <source>The longest stretch of free allocation units: the largest simple file a new famfs command can create.</source>
        <translation>La plus longue suite d’unités d’allocation libres : le plus grand fichier simple qu’une nouvelle commande famfs peut créer.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="45"/>
        <source>Free allocation units in the bitmap famfs builds from the log, and how many separate runs they form.</source>
        <translation>Unités d’allocation libres dans la table de bits que famfs construit à partir du journal, et le nombre de zones séparées qu’elles forment.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="55"/>
        <source>Free space:</source>
        <translation>Espace libre :</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="56"/>
        <source>Largest free run:</source>
        <translation>Plus grande zone libre :</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="57"/>
        <source>Space amplification:</source>
        <translation>Amplification d’espace :</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="58"/>
        <source>Superblock and log:</source>
        <translation>Superbloc et journal :</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="94"/>
        <source>No file system open.</source>
        <translation>Aucun système de fichiers ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="97"/>
        <source>%1 (free runs: %2)</source>
        <translation>%1 (zones libres : %2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="99"/>
        <source>none: the device is full</source>
        <translation>aucune : le périphérique est plein</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="106"/>
        <source>%1 at %2 (%3% of the free space is outside it)</source>
        <translation>%1 à %2 (%3 % de l’espace libre se trouve en dehors)</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="102"/>
        <source>%1 at %2 (all of the free space)</source>
        <translation>%1 à %2 (tout l’espace libre)</translation>
    </message>
    <message>
        <location filename="../ui/charts/FragmentationPanel.cpp" line="109"/>
        <source>%1 (%2 allocated for %3 of file data); file space only: %4</source>
        <translation>%1 (%2 alloués pour %3 de données de fichiers) ; espace des fichiers seul : %4</translation>
    </message>
</context>
<context>
    <name>famscope::ui::DamageBanner</name>
    <message>
        <location filename="../ui/panels/DamageBanner.cpp" line="16"/>
        <source>Run fsck</source>
        <translation>Lancer fsck</translation>
    </message>
    <message>
        <location filename="../ui/panels/DamageBanner.cpp" line="40"/>
        <source>Damaged media, shown read-only with what could be read: %1</source>
        <translation>Support endommagé, affiché en lecture seule avec ce qui a pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>famscope::ui::FsckPanel</name>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="57"/>
        <source>&amp;Rerun</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="58"/>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="59"/>
        <source>Export &amp;HTML…</source>
        <translation>Exporter en &amp;HTML…</translation>
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
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="65"/>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="187"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="72"/>
        <source>Double-click a finding to show where it is.</source>
        <translation>Double-cliquez sur un constat pour voir où il se trouve.</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="104"/>
        <source>No file system open.</source>
        <translation>Aucun système de fichiers ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="107"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="138"/>
        <source>Errors: %1, warnings: %2, notes: %3</source>
        <translation>Erreurs : %1, avertissements : %2, remarques : %3</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="148"/>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="151"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="150"/>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="153"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="154"/>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="155"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="161"/>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="163"/>
        <source>Superblock</source>
        <translation>Superbloc</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="165"/>
        <source>Log header</source>
        <translation>En-tête du journal</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="167"/>
        <source>Log entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="171"/>
        <source>Allocation</source>
        <translation>Allocation</translation>
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
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="252"/>
        <location filename="../ui/fsck/FsckPanel.cpp" line="258"/>
        <source>No fsck report yet.</source>
        <translation>Pas encore de rapport fsck.</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="264"/>
        <source>Export fsck report as HTML</source>
        <translation>Exporter le rapport fsck en HTML</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="264"/>
        <source>Export fsck report as JSON</source>
        <translation>Exporter le rapport fsck en JSON</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="266"/>
        <source>HTML page (*.html)</source>
        <translation>Page HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="266"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="271"/>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="133"/>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="141"/>
        <source>fsck report: %1</source>
        <translation>Rapport fsck : %1</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="149"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="157"/>
        <source>Log entries in use</source>
        <translation>Entrées du journal utilisées</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="158"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="161"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="162"/>
        <source>Directories</source>
        <translation>Répertoires</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="164"/>
        <source>Allocation collisions</source>
        <translation>Collisions d’allocation</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="166"/>
        <source>Device capacity</source>
        <translation>Capacité du périphérique</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="168"/>
        <source>Allocated bytes</source>
        <translation>Octets alloués</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="170"/>
        <source>Free bytes</source>
        <translation>Octets libres</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="175"/>
        <source>Heatmap</source>
        <translation>Carte d’occupation</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="179"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="181"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckReportExport.cpp" line="200"/>
        <source>… and %1 more %2 findings, not listed.</source>
        <translation>… et %1 autres constats %2, non listés.</translation>
    </message>
    <message>
        <location filename="../ui/fsck/FsckPanel.cpp" line="232"/>
        <source>… and %1 more entries of this group, not listed (a group lists its first %2)</source>
        <translation>… et %1 entrées de plus dans ce groupe, non listées (un groupe liste ses %2 premières)</translation>
    </message>
    <message>
        <source>Re&amp;pair…</source>
        <translation>Ré&amp;parer…</translation>
    </message>
    <message>
        <source>Plan a repair of what this check found, preview it, and write it</source>
        <translation>Planifier la réparation de ce que cette vérification a trouvé, la prévisualiser et l’écrire</translation>
    </message>
</context>
<context>
    <name>famscope::ui::HeatmapLegend</name>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="34"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="35"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="36"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="37"/>
        <source>allocated, no finding</source>
        <translation>alloué, aucun constat</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="39"/>
        <source>superblock + log</source>
        <translation>superbloc + journal</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="46"/>
        <source>files by log entry: 0 (old) … %1 (new)</source>
        <translation>fichiers par entrée de journal : 0 (ancienne) … %1 (récente)</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="51"/>
        <source>files (one colour each)</source>
        <translation>fichiers (une couleur chacun)</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="53"/>
        <source>collision (claimed twice)</source>
        <translation>collision (revendiqué deux fois)</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="55"/>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="56"/>
        <source>missing: beyond the end of the media</source>
        <translation>manquant : au-delà de la fin du support</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapLegend.cpp" line="57"/>
        <source>paler: partly used</source>
        <translation>plus pâle : partiellement utilisé</translation>
    </message>
</context>
<context>
    <name>famscope::ui::HeatmapPanel</name>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="272"/>
        <source>one cell = %1 · showing %2 – %3 of %4</source>
        <translation>une cellule = %1 · affiché %2 – %3 sur %4</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="32"/>
        <location filename="../ui/views/HeatmapPanel.cpp" line="210"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="39"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="40"/>
        <source>Show the whole device (0). Zoom with the wheel or + and -, pan by dragging or with Shift+wheel.</source>
        <translation>Afficher tout le périphérique (0). Zoomer avec la molette ou + et -, se déplacer en faisant glisser ou avec Maj+molette.</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="42"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="43"/>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="46"/>
        <source>Colour by:</source>
        <translation>Colorer par :</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="55"/>
        <source>Time travel: the device as it was after the first N log entries</source>
        <translation>Voyage dans le temps : le périphérique tel qu&apos;il était après les N premières entrées du journal</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="57"/>
        <source>Log entries:</source>
        <translation>Entrées du journal :</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="103"/>
        <source>owner file</source>
        <translation>fichier propriétaire</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="105"/>
        <source>log age</source>
        <translation>âge dans le journal</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="107"/>
        <source>fsck severity</source>
        <translation>gravité fsck</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="113"/>
        <source>%1 · %2 device · %3 allocation units · by %4 · %5 of %6 log entries applied</source>
        <translation>%1 · périphérique de %2 · unités d&apos;allocation de %3 · par %4 · %5 entrées de journal sur %6 appliquées</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="204"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="220"/>
        <source>Running fsck…</source>
        <translation>fsck en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/HeatmapPanel.cpp" line="259"/>
        <source>all %n entry(s)</source>
        <translation>
            <numerusform>%n entrée (toutes)</numerusform>
            <numerusform>les %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="260"/>
        <source>after %1 of %2</source>
        <translation>après %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="287"/>
        <source>Export heatmap as SVG</source>
        <translation>Exporter la carte d&apos;occupation en SVG</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="287"/>
        <source>Export heatmap as PNG</source>
        <translation>Exporter la carte d&apos;occupation en PNG</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="289"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="289"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapPanel.cpp" line="296"/>
        <source>Export heatmap</source>
        <translation>Exporter la carte d&apos;occupation</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/HeatmapPanel.cpp" line="247"/>
        <source>fsck: %n finding(s)</source>
        <translation>
            <numerusform>fsck : %n constat</numerusform>
            <numerusform>fsck : %n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/HeatmapPanel.cpp" line="247"/>
        <source>fsck as of log entry %1: %n finding(s)</source>
        <translation>
            <numerusform>fsck à l’entrée de journal %1 : %n constat</numerusform>
            <numerusform>fsck à l’entrée de journal %1 : %n constats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::HeatmapView</name>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="107"/>
        <source>Device offset %1 – %2 (%3)</source>
        <translation>Décalage sur le périphérique %1 – %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/HeatmapView.cpp" line="112"/>
        <source>%1 of %n allocation unit(s) in use</source>
        <translation>
            <numerusform>%1 unité d&apos;allocation sur %n utilisée</numerusform>
            <numerusform>%1 unités d&apos;allocation sur %n utilisées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="125"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="127"/>
        <source>Superblock and log</source>
        <translation>Superbloc et journal</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="130"/>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="131"/>
        <source>Log entry %1 (not in the namespace)</source>
        <translation>Entrée de journal %1 (absente de l&apos;espace de noms)</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="134"/>
        <source>Strip %1 of %2</source>
        <translation>Bande %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="134"/>
        <source>Extent %1 of %2</source>
        <translation>Extent %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="137"/>
        <source>Written by log entry %1</source>
        <translation>Écrit par l&apos;entrée de journal %1</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="144"/>
        <source>Collision: also claimed by log entry %1</source>
        <translation>Collision : aussi revendiqué par l&apos;entrée de journal %1</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="147"/>
        <source>Beyond the end of the media</source>
        <translation>Au-delà de la fin du support</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/HeatmapView.cpp" line="157"/>
        <source>… and %n more finding(s)</source>
        <translation>
            <numerusform>… et %n autre constat</numerusform>
            <numerusform>… et %n autres constats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="160"/>
        <source>As after the first %1 of %2 log entries</source>
        <translation>État après les %1 premières entrées de journal sur %2</translation>
    </message>
    <message>
        <location filename="../ui/views/HeatmapView.cpp" line="190"/>
        <source>Open an image or device to see its heatmap.</source>
        <translation>Ouvrez une image ou un périphérique pour voir sa carte d&apos;occupation.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::HexPanel</name>
    <message>
        <location filename="../ui/panels/HexPanel.cpp" line="20"/>
        <source>Go to offset (0x200000, 2M, 4096…)</source>
        <translation>Aller au décalage (0x200000, 2M, 4096…)</translation>
    </message>
    <message>
        <location filename="../ui/panels/HexPanel.cpp" line="21"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location filename="../ui/panels/HexPanel.cpp" line="74"/>
        <source>Not an offset on this device: %1</source>
        <translation>Pas un décalage de ce périphérique : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/HexPanel.cpp" line="82"/>
        <source>No file system open.</source>
        <translation>Aucun système de fichiers ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/panels/HexPanel.cpp" line="87"/>
        <source>Offset %1</source>
        <translation>Décalage %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/HexPanel.cpp" line="89"/>
        <source>Offset %1: %2 (%3 + %4)</source>
        <translation>Décalage %1 : %2 (%3 + %4)</translation>
    </message>
    <message>
        <source>Open &amp;secondary device…</source>
        <translation>Ouvrir un périphérique &amp;secondaire…</translation>
    </message>
    <message>
        <source>Device 0: %1</source>
        <translation>Périphérique 0 : %1</translation>
    </message>
    <message>
        <source>Device %1: not open</source>
        <translation>Périphérique %1 : non ouvert</translation>
    </message>
    <message>
        <source>Device %1: %2</source>
        <translation>Périphérique %1 : %2</translation>
    </message>
    <message>
        <source>Device %1 is not open.</source>
        <translation>Le périphérique %1 n’est pas ouvert.</translation>
    </message>
    <message>
        <source>Open device %1…</source>
        <translation>Ouvrir le périphérique %1…</translation>
    </message>
    <message>
        <source>Media of device %1 (an image file or /dev/daxX.Y)</source>
        <translation>Support du périphérique %1 (un fichier image ou /dev/daxX.Y)</translation>
    </message>
    <message>
        <source>Open secondary device</source>
        <translation>Ouvrir un périphérique secondaire</translation>
    </message>
    <message>
        <source>The file system names no other device that is not open.</source>
        <translation>Le système de fichiers ne nomme aucun autre périphérique non ouvert.</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Périphérique :</translation>
    </message>
</context>
<context>
    <name>famscope::ui::HexView</name>
    <message numerus="yes">
        <location filename="../ui/views/HexView.cpp" line="271"/>
        <source>%1 at %2, %n byte(s)</source>
        <translation>
            <numerusform>%1 à %2, %n octet</numerusform>
            <numerusform>%1 à %2, %n octets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::ImportJob</name>
    <message>
        <location filename="../ui/edit/ImportJob.cpp" line="57"/>
        <source>Importing into /%1…</source>
        <translation>Importation dans /%1…</translation>
    </message>
    <message>
        <location filename="../ui/edit/ImportJob.cpp" line="57"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/edit/ImportJob.cpp" line="59"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../ui/edit/ImportJob.cpp" line="65"/>
        <source>Copying %1…</source>
        <translation>Copie de %1…</translation>
    </message>
</context>
<context>
    <name>famscope::ui::LogModel</name>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="62"/>
        <source>CRC mismatch</source>
        <translation>CRC incorrect</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="64"/>
        <source>seqnum %1, expected %2</source>
        <translation>seqnum %1, attendu %2</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="67"/>
        <source>after the replay stopped</source>
        <translation>après l’arrêt de la relecture</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="69"/>
        <source>not instantiated</source>
        <translation>non instancié</translation>
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
            <numerusform>%n bande × blocs de %1</numerusform>
            <numerusform>%n bandes × blocs de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/LogModel.cpp" line="87"/>
        <source>%n extent(s), %1</source>
        <translation>
            <numerusform>%n extent, %1</numerusform>
            <numerusform>%n extents, %1</numerusform>
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
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="164"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="166"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="168"/>
        <source>Extents</source>
        <translation>Extents</translation>
    </message>
    <message>
        <location filename="../ui/models/LogModel.cpp" line="170"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>famscope::ui::LogPanel</name>
    <message>
        <location filename="../ui/panels/LogPanel.cpp" line="25"/>
        <source>Filter entries (path, type, status…)</source>
        <translation>Filtrer les entrées (chemin, type, état…)</translation>
    </message>
</context>
<context>
    <name>famscope::ui::LogWatcher</name>
    <message numerus="yes">
        <location filename="../ui/document/LogWatcher.cpp" line="61"/>
        <source>%n new log entry(s) appeared; reloaded.</source>
        <translation>
            <numerusform>%n nouvelle entrée du journal est apparue ; rechargé.</numerusform>
            <numerusform>%n nouvelles entrées du journal sont apparues ; rechargé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/document/LogWatcher.cpp" line="62"/>
        <source>The log header changed on the target; reloaded.</source>
        <translation>L’en-tête du journal a changé sur la cible ; rechargé.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::MainWindow</name>
    <message>
        <source>&amp;Tour</source>
        <translation>&amp;Visite guidée</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowLayout.cpp" line="1"/>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowLayout.cpp" line="1"/>
        <source>File details</source>
        <translation>Détails du fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowLayout.cpp" line="1"/>
        <source>Hex view</source>
        <translation>Vue hexadécimale</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowLayout.cpp" line="1"/>
        <source>&amp;Reset layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;Resolver</source>
        <translation>&amp;Résolveur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowChecks.cpp" line="30"/>
        <source>Veri&amp;fy</source>
        <translation>Véri&amp;fier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowChecks.cpp" line="32"/>
        <source>fs&amp;ck</source>
        <translation>fs&amp;ck</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="56"/>
        <source>Loading cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="82"/>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="57"/>
        <source>&amp;Superblock</source>
        <translation>&amp;Superbloc</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="83"/>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="58"/>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="84"/>
        <source>De&amp;vices</source>
        <translation>&amp;Périphériques</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="86"/>
        <source>&amp;Benchmark</source>
        <translation>&amp;Performances</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindow.cpp" line="102"/>
        <source>Heat&amp;map</source>
        <translation>Carte d&apos;occupa&amp;tion</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="22"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="23"/>
        <source>&amp;Open image…</source>
        <translation>&amp;Ouvrir une image…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="25"/>
        <source>Open famfs image</source>
        <translation>Ouvrir une image famfs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="26"/>
        <source>famfs images (*.img *.bin *.raw);;All files (*)</source>
        <translation>Images famfs (*.img *.bin *.raw);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="31"/>
        <source>Open &amp;device…</source>
        <translation>Ouvrir un &amp;périphérique…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="34"/>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="37"/>
        <source>Export table as &amp;CSV…</source>
        <translation>Exporter le tableau en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="38"/>
        <source>Export table as &amp;JSON…</source>
        <translation>Exporter le tableau en &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="40"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="43"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="44"/>
        <source>&amp;Filter log…</source>
        <translation>&amp;Filtrer le journal…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="50"/>
        <source>&amp;Go to offset…</source>
        <translation>&amp;Aller au décalage…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="55"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="59"/>
        <source>&amp;Devices</source>
        <translation>&amp;Périphériques</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="60"/>
        <source>&amp;Namespace</source>
        <translation>&amp;Espace de noms</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="61"/>
        <source>File d&amp;etails</source>
        <translation>&amp;Détails du fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="62"/>
        <source>&amp;Hex view</source>
        <translation>Vue &amp;hexadécimale</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="70"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="71"/>
        <source>Open &amp;demo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="73"/>
        <source>&amp;About famscope</source>
        <translation>À &amp;propos de famscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="74"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>À propos de famscope</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/MainWindowMenus.cpp" line="91"/>
        <source>&lt;h3&gt;famscope %1&lt;/h3&gt;&lt;p&gt;Inspector for famfs file systems on shared memory (CXL) devdax devices and images. Everything is opened read-only until Edit ▸ Write mode is turned on.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;famscope %1&lt;/h3&gt;&lt;p&gt;Inspecteur de systèmes de fichiers famfs sur des périphériques devdax à mémoire partagée (CXL) et des images. Tout est ouvert en lecture seule tant que Édition ▸ Mode écriture n’est pas activé.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>famscope::ui::MkdirDialog</name>
    <message>
        <location filename="../ui/edit/MkdirDialog.cpp" line="19"/>
        <source>Create missing &amp;parent directories (-p)</source>
        <translation>Créer les répertoires &amp;parents manquants (-p)</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkdirDialog.cpp" line="22"/>
        <source>New directory</source>
        <translation>Nouveau répertoire</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkdirDialog.cpp" line="25"/>
        <source>&amp;Path:</source>
        <translation>&amp;Chemin :</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkdirDialog.cpp" line="31"/>
        <source>C&amp;reate</source>
        <translation>C&amp;réer</translation>
    </message>
</context>
<context>
    <name>famscope::ui::MkfsDeviceDialog</name>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="20"/>
        <source>Format over an existing famfs file system</source>
        <translation>Formater par-dessus un système de fichiers famfs existant</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="24"/>
        <source>Format devdax device</source>
        <translation>Formater un périphérique devdax</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="34"/>
        <source>type the device path to confirm</source>
        <translation>saisissez le chemin du périphérique pour confirmer</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="35"/>
        <source>&lt;b&gt;Formatting replaces the file system on the device: every file on it is lost.&lt;/b&gt; The old superblock and log are backed up first.</source>
        <translation>&lt;b&gt;Le formatage remplace le système de fichiers du périphérique : tous ses fichiers sont perdus.&lt;/b&gt; L’ancien superbloc et le journal sont d’abord sauvegardés.</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="40"/>
        <source>&amp;Device:</source>
        <translation>&amp;Périphérique :</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="41"/>
        <source>&amp;Log length:</source>
        <translation>&amp;Longueur du journal :</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="43"/>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmer :</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="48"/>
        <source>&amp;Format</source>
        <translation>&amp;Formater</translation>
    </message>
    <message>
        <location filename="../ui/edit/MkfsDeviceDialog.cpp" line="80"/>
        <source>Type the device path into the confirmation field.</source>
        <translation>Saisissez le chemin du périphérique dans le champ de confirmation.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::NamespaceModel</name>
    <message>
        <source>Made by log entry %1: %2</source>
        <translation>Créé par l’entrée de journal %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="146"/>
        <source>simple</source>
        <translation>simple</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/NamespaceModel.cpp" line="147"/>
        <source>interleaved, %n strip(s)</source>
        <translation>
            <numerusform>entrelacé, %n bande</numerusform>
            <numerusform>entrelacé, %n bandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="184"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="186"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="188"/>
        <source>Allocated</source>
        <translation>Alloué</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="190"/>
        <source>Tail waste</source>
        <translation>Perte en fin</translation>
    </message>
    <message>
        <location filename="../ui/models/NamespaceModel.cpp" line="192"/>
        <source>Mode</source>
        <translation>Mode</translation>
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
        <translation>Disposition</translation>
    </message>
</context>
<context>
    <name>famscope::ui::NamespacePanel</name>
    <message numerus="yes">
        <location filename="../ui/panels/NamespacePanel.cpp" line="47"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/NamespacePanel.cpp" line="49"/>
        <source>%n directory(ies)</source>
        <translation>
            <numerusform>%n répertoire</numerusform>
            <numerusform>%n répertoires</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/NamespacePanel.cpp" line="52"/>
        <source>replay stopped at entry %1 (as famfs mount would)</source>
        <translation>relecture arrêtée à l’entrée %1 (comme au montage famfs)</translation>
    </message>
    <message>
        <location filename="../ui/panels/NamespacePanel.cpp" line="54"/>
        <source>famfs would refuse this file system: %1</source>
        <translation>famfs refuserait ce système de fichiers : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/NamespacePanel.cpp" line="58"/>
        <source>No file system open.</source>
        <translation>Aucun système de fichiers ouvert.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::NewImageDialog</name>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="24"/>
        <location filename="../ui/edit/NewImageDialog.cpp" line="56"/>
        <source>New famfs image</source>
        <translation>Nouvelle image famfs</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="28"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="34"/>
        <source>Image &amp;file:</source>
        <translation>&amp;Fichier image :</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="38"/>
        <source>&amp;Size (K/M/G):</source>
        <translation>&amp;Taille (K/M/G) :</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="39"/>
        <source>&amp;Log length:</source>
        <translation>&amp;Longueur du journal :</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="40"/>
        <source>The file is created sparse; only what is written takes space.</source>
        <translation>Le fichier est créé creux ; seul ce qui est écrit occupe de la place.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="45"/>
        <source>C&amp;reate image</source>
        <translation>C&amp;réer l’image</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="57"/>
        <source>famfs images (*.img);;All files (*)</source>
        <translation>Images famfs (*.img);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="66"/>
        <source>Choose where to create the image.</source>
        <translation>Choisissez où créer l’image.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="70"/>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 existe déjà ; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <location filename="../ui/edit/NewImageDialog.cpp" line="74"/>
        <source>Enter the image size, e.g. 4G.</source>
        <translation>Saisissez la taille de l’image, par ex. 4G.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::OpenedDevices</name>
    <message>
        <source>The file system names no device %1.</source>
        <translation>Le système de fichiers ne nomme aucun périphérique %1.</translation>
    </message>
    <message>
        <source>%1 is the open file system&apos;s own device (device 0), not device %2.</source>
        <translation>%1 est le périphérique propre du système de fichiers ouvert (périphérique 0), pas le périphérique %2.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::OwnerFields</name>
    <message>
        <location filename="../ui/edit/OwnerFields.cpp" line="19"/>
        <source>&amp;Mode (octal):</source>
        <translation>&amp;Mode (octal) :</translation>
    </message>
    <message>
        <location filename="../ui/edit/OwnerFields.cpp" line="20"/>
        <source>&amp;Owner uid:</source>
        <translation>&amp;UID du propriétaire :</translation>
    </message>
    <message>
        <location filename="../ui/edit/OwnerFields.cpp" line="21"/>
        <source>Owner &amp;gid:</source>
        <translation>&amp;GID du propriétaire :</translation>
    </message>
    <message>
        <location filename="../ui/edit/OwnerFields.cpp" line="29"/>
        <source>The mode must be octal permission bits, e.g. 0644.</source>
        <translation>Le mode doit être des bits de permission en octal, par ex. 0644.</translation>
    </message>
    <message>
        <location filename="../ui/edit/OwnerFields.cpp" line="31"/>
        <source>The uid and gid must be numbers.</source>
        <translation>L’UID et le GID doivent être des nombres.</translation>
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
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>famscope::ui::PendingRepairBanner</name>
    <message>
        <source>Finish repair</source>
        <translation>Terminer la réparation</translation>
    </message>
    <message>
        <source>Undo (restore backup)</source>
        <translation>Annuler (restaurer la sauvegarde)</translation>
    </message>
    <message>
        <source>An interrupted repair may be pending, but its intent file cannot be read: %1. The views may show the metadata mid-repair. Put back the metadata backup the repair took with famscope restore BACKUP TARGET.</source>
        <translation>Une réparation interrompue est peut-être en attente, mais son fichier d’intention est illisible : %1. Les vues montrent peut-être les métadonnées en cours de réparation. Restaurez la sauvegarde des métadonnées prise par la réparation avec famscope restore BACKUP TARGET.</translation>
    </message>
    <message numerus="yes">
        <source>An interrupted repair is pending (started %1, %n store(s)): the views may show the metadata mid-repair. Finish the repair, or undo it by putting back the backup it took (%2).</source>
        <translation>
            <numerusform>Une réparation interrompue est en attente (commencée %1, %n écriture) : les vues montrent peut-être les métadonnées en cours de réparation. Terminez la réparation, ou annulez-la en restaurant la sauvegarde qu’elle a prise (%2).</numerusform>
            <numerusform>Une réparation interrompue est en attente (commencée %1, %n écritures) : les vues montrent peut-être les métadonnées en cours de réparation. Terminez la réparation, ou annulez-la en restaurant la sauvegarde qu’elle a prise (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing the repair failed: %1</source>
        <translation>Échec de la fin de la réparation : %1</translation>
    </message>
    <message>
        <source>Putting the backup back failed: %1</source>
        <translation>Échec de la restauration de la sauvegarde : %1</translation>
    </message>
</context>
<context>
    <name>famscope::ui::RepairDialog</name>
    <message>
        <source>Ticked actions are written, unticked ones only reported. To change the plan, use the options above and the choices for cross-linked files.</source>
        <translation>Les actions cochées sont écrites, les autres seulement signalées. Pour changer le plan, utilisez les options ci-dessus et les choix pour les fichiers en conflit.</translation>
    </message>
    <message>
        <source>freed %1</source>
        <translation>%1 libérées</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>%1 conservées</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservées</translation>
    </message>
    <message>
        <source>freed</source>
        <translation>libérées</translation>
    </message>
    <message>
        <source>recovered</source>
        <translation>récupérées</translation>
    </message>
    <message>
        <source>superblock and log</source>
        <translation>superbloc et journal</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libres</translation>
    </message>
    <message>
        <source>Repair %1</source>
        <translation>Réparer %1</translation>
    </message>
    <message>
        <source>Re&amp;cover the intact entries behind a damaged one (renumbered) instead of ending the log there</source>
        <translation>&amp;Récupérer les entrées intactes derrière une entrée endommagée (renumérotées) au lieu d’y terminer le journal</translation>
    </message>
    <message>
        <source>Log a missing &amp;parent directory instead of dropping the entry that needs it</source>
        <translation>Journaliser un répertoire &amp;parent manquant au lieu d’écarter l’entrée qui en a besoin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Files claiming the same units</source>
        <translation>Fichiers revendiquant les mêmes unités</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Réparer</translation>
    </message>
    <message>
        <source>&amp;Undo repair</source>
        <translation>&amp;Annuler la réparation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Avant et après</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot repair %1: %2</source>
        <translation>Impossible de réparer %1 : %2</translation>
    </message>
    <message>
        <source>Nothing to repair on %1.</source>
        <translation>Rien à réparer sur %1.</translation>
    </message>
    <message>
        <source>Repair plan for %1: log of %2 entries → %3, %4, %5 allocation units freed.</source>
        <translation>Plan de réparation de %1 : journal de %2 entrées → %3, %4, %5 unités d’allocation libérées.</translation>
    </message>
    <message>
        <source>slots %1 onward rewritten</source>
        <translation>emplacements à partir de %1 réécrits</translation>
    </message>
    <message>
        <source>no entry rewritten</source>
        <translation>aucune entrée réécrite</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (entry %2)</source>
        <translation>« %1 » (entrée %2)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conserver les deux</translation>
    </message>
    <message>
        <source>Keep %1, drop %2</source>
        <translation>Conserver %1, écarter %2</translation>
    </message>
    <message>
        <source>Files dropped (%1)</source>
        <translation>Fichiers écartés (%1)</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>Files recovered (%1)</source>
        <translation>Fichiers récupérés (%1)</translation>
    </message>
    <message>
        <source>visible again</source>
        <translation>de nouveau visible</translation>
    </message>
    <message>
        <source>Files a mount shows: %1 before, %2 after.</source>
        <translation>Fichiers qu’un montage affiche : %1 avant, %2 après.</translation>
    </message>
    <message>
        <source>Allocation units owned by files: %1 before, %2 after (%3 freed, %4 owned by recovered files).</source>
        <translation>Unités d’allocation détenues par des fichiers : %1 avant, %2 après (%3 libérées, %4 détenues par des fichiers récupérés).</translation>
    </message>
    <message>
        <source>Not repaired: %1</source>
        <translation>Non réparé : %1</translation>
    </message>
    <message>
        <source>The media changed since the plan was made; nothing written. Here is the plan for it now.</source>
        <translation>Le support a changé depuis l’établissement du plan ; rien n’a été écrit. Voici le plan pour son état actuel.</translation>
    </message>
    <message>
        <source>Repaired: %1 entries written. Metadata backup: %2 (Undo repair, or famscope restore, puts it back).</source>
        <translation>Réparé : %1 entrées écrites. Sauvegarde des métadonnées : %2 (Annuler la réparation, ou famscope restore, la remet en place).</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>L’annulation a échoué : %1</translation>
    </message>
    <message>
        <source>Undone: the metadata is back as it was before the repair (%1).</source>
        <translation>Annulé : les métadonnées sont revenues à leur état d’avant la réparation (%1).</translation>
    </message>
</context>
<context>
    <name>famscope::ui::SnapshotLoader</name>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="18"/>
        <source>built-in demo</source>
        <translation>démo intégrée</translation>
    </message>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="21"/>
        <source>devdax device</source>
        <translation>périphérique devdax</translation>
    </message>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="23"/>
        <source>image file</source>
        <translation>fichier image</translation>
    </message>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="27"/>
        <source>memory</source>
        <translation>mémoire</translation>
    </message>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="33"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="53"/>
        <source>Building the allocation map…</source>
        <translation>Construction de la carte d’allocation…</translation>
    </message>
    <message>
        <location filename="../ui/document/SnapshotLoader.cpp" line="56"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>famscope::ui::StatusSummary</name>
    <message>
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="15"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="33"/>
        <source>No target open: File ▸ Open image, or Help ▸ Open demo</source>
        <translation>Rien d’ouvert : Fichier ▸ Ouvrir une image, ou Aide ▸ Ouvrir la démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="40"/>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="41"/>
        <source>Size: %1</source>
        <translation>Taille : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="42"/>
        <source>Role: %1</source>
        <translation>Rôle : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="44"/>
        <source>Log: %1 / %n entries</source>
        <translation>
            <numerusform>Journal : %1 / %n entrée</numerusform>
            <numerusform>Journal : %1 / %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/StatusSummary.cpp" line="48"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
</context>
<context>
    <name>famscope::ui::StripeDiagram</name>
    <message>
        <location filename="../ui/views/StripeDiagram.cpp" line="54"/>
        <source>Select a file to see where its bytes live.</source>
        <translation>Choisissez un fichier pour voir où se trouvent ses octets.</translation>
    </message>
    <message>
        <location filename="../ui/views/StripeDiagram.cpp" line="69"/>
        <source>Degenerate interleave: nothing is mapped.</source>
        <translation>Entrelacement dégénéré : rien n’est projeté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/StripeDiagram.cpp" line="78"/>
        <source>%n chunk(s) of %1</source>
        <translation>
            <numerusform>%n bloc de %1</numerusform>
            <numerusform>%n blocs de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/StripeDiagram.cpp" line="79"/>
        <source>over %n strip(s)</source>
        <translation>
            <numerusform>sur %n bande</numerusform>
            <numerusform>sur %n bandes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/StripeDiagram.cpp" line="81"/>
        <source> (first %1 drawn)</source>
        <translation> (les %1 premiers dessinés)</translation>
    </message>
    <message>
        <location filename="../ui/views/StripeDiagram.cpp" line="85"/>
        <location filename="../ui/views/StripeDiagram.cpp" line="105"/>
        <source>strip %1</source>
        <translation>bande %1</translation>
    </message>
    <message>
        <location filename="../ui/views/StripeDiagram.cpp" line="89"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/views/StripeDiagram.cpp" line="126"/>
        <source>Simple file: %n extent(s), in file order</source>
        <translation>
            <numerusform>Fichier simple : %n extent, dans l’ordre du fichier</numerusform>
            <numerusform>Fichier simple : %n extents, dans l’ordre du fichier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/views/StripeDiagram.cpp" line="140"/>
        <source>extent %1 @ %2</source>
        <translation>extent %1 @ %2</translation>
    </message>
</context>
<context>
    <name>famscope::ui::StructureFieldsModel</name>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="52"/>
        <source>superblock</source>
        <translation>superbloc</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="60"/>
        <source>identifies a famfs superblock</source>
        <translation>identifie un superbloc famfs</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="61"/>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="95"/>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="134"/>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="146"/>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="61"/>
        <source>not famfs</source>
        <translation>pas famfs</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="65"/>
        <source>superblock version</source>
        <translation>version du superbloc</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="66"/>
        <source>known</source>
        <translation>connue</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="66"/>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="70"/>
        <source>device offset of the log</source>
        <translation>décalage du journal sur le périphérique</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="73"/>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="138"/>
        <source>log size in bytes: %1</source>
        <translation>taille du journal en octets : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="76"/>
        <source>allocation unit: %1</source>
        <translation>unité d’allocation : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="79"/>
        <source>on-media format, major version</source>
        <translation>format sur le support, version majeure</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="82"/>
        <source>on-media format, minor version</source>
        <translation>format sur le support, version mineure</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="85"/>
        <source>file system UUID</source>
        <translation>UUID du système de fichiers</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="88"/>
        <source>device UUID</source>
        <translation>UUID du périphérique</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="91"/>
        <source>UUID of the host that created the file system (the master)</source>
        <translation>UUID de l’hôte qui a créé le système de fichiers (le maître)</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="94"/>
        <source>CRC-32 of bytes 0–95</source>
        <translation>CRC-32 des octets 0–95</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="96"/>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="147"/>
        <source>mismatch, computed %1</source>
        <translation>incorrect, calculé %1</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="100"/>
        <source>superblock flags (unused)</source>
        <translation>drapeaux du superbloc (inutilisés)</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="103"/>
        <source>padding</source>
        <translation>remplissage</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="106"/>
        <source>primary device size: %1</source>
        <translation>taille du périphérique principal : %1</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="109"/>
        <source>primary device UUID</source>
        <translation>UUID du périphérique principal</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="112"/>
        <source>primary device path at creation</source>
        <translation>chemin du périphérique principal à la création</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="125"/>
        <source>log header</source>
        <translation>en-tête du journal</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="133"/>
        <source>identifies the famfs log</source>
        <translation>identifie le journal famfs</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="134"/>
        <source>not a famfs log</source>
        <translation>pas un journal famfs</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/StructureFieldsModel.cpp" line="141"/>
        <source>last usable slot: %n entries fit</source>
        <translation>
            <numerusform>dernier emplacement utilisable : %n entrée possible</numerusform>
            <numerusform>dernier emplacement utilisable : %n entrées possibles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="145"/>
        <source>CRC-32 of bytes 0–23 (magic, length, last index)</source>
        <translation>CRC-32 des octets 0–23 (magic, longueur, dernier index)</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="151"/>
        <source>sequence number of the next entry</source>
        <translation>numéro de séquence de la prochaine entrée</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="154"/>
        <source>slot of the next entry: entries in use</source>
        <translation>emplacement de la prochaine entrée : entrées utilisées</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="228"/>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="230"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="232"/>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="234"/>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="236"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="238"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <location filename="../ui/models/StructureFieldsModel.cpp" line="240"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>famscope::ui::SuperblockPanel</name>
    <message>
        <location filename="../ui/panels/SuperblockPanel.cpp" line="41"/>
        <source>Layout: %1</source>
        <translation>Disposition : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/SuperblockPanel.cpp" line="42"/>
        <source>Log: %1 of %n entries used (%2%)</source>
        <translation>
            <numerusform>Journal : %1 sur %n entrée utilisée (%2 %)</numerusform>
            <numerusform>Journal : %1 sur %n entrées utilisées (%2 %)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/SuperblockPanel.cpp" line="46"/>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/SuperblockPanel.cpp" line="49"/>
        <source>No file system open.</source>
        <translation>Aucun système de fichiers ouvert.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::TableExport</name>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="128"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="129"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="130"/>
        <source>Export table</source>
        <translation>Exporter le tableau</translation>
    </message>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="139"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="150"/>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="156"/>
        <source>Export as CS&amp;V…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../ui/util/TableExport.cpp" line="160"/>
        <source>Export as &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
</context>
<context>
    <name>famscope::ui::UndoController</name>
    <message>
        <location filename="../ui/edit/UndoController.cpp" line="24"/>
        <source>No write session has written anything yet.</source>
        <translation>Aucune session d’écriture n’a encore rien écrit.</translation>
    </message>
    <message>
        <location filename="../ui/edit/UndoController.cpp" line="28"/>
        <source>Undo the last write session on %1?

Its superblock and log are restored from the backup %2 taken before its first write; write mode ends.</source>
        <translation>Annuler la dernière session d’écriture sur %1 ?

Son superbloc et son journal sont restaurés depuis la sauvegarde %2 faite avant sa première écriture ; le mode écriture prend fin.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::VerifyJob</name>
    <message>
        <location filename="../ui/verify/VerifyJob.cpp" line="65"/>
        <source>Line %1: expected &quot;path seed&quot;, got &quot;%2&quot;.</source>
        <translation>Ligne %1 : « chemin graine » attendu, « %2 » reçu.</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyJob.cpp" line="85"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
</context>
<context>
    <name>famscope::ui::VerifyPanel</name>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="38"/>
        <source>Add &amp;selected file</source>
        <translation>Ajouter le fichier &amp;sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="39"/>
        <source>Add &amp;all files</source>
        <translation>Ajouter &amp;tous les fichiers</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="40"/>
        <source>&amp;Paste list…</source>
        <translation>&amp;Coller une liste…</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="41"/>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="50"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="50"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="50"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="54"/>
        <source>Type the seed each file was written with (decimal or 0x hex). Double-click a failed row to show its first bad word.</source>
        <translation>Saisissez la graine avec laquelle chaque fichier a été écrit (décimal ou 0x hexa). Double-cliquez sur une ligne en échec pour voir son premier mot erroné.</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="61"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="107"/>
        <source>Add files and their seeds, then Verify.</source>
        <translation>Ajoutez des fichiers et leurs graines, puis Vérifier.</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="108"/>
        <source>No file system open.</source>
        <translation>Aucun système de fichiers ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="160"/>
        <location filename="../ui/verify/VerifyPanel.cpp" line="165"/>
        <source>Paste seed list</source>
        <translation>Coller une liste de graines</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="160"/>
        <source>One file per line: path and seed, e.g. &quot;dir/file 42&quot;.</source>
        <translation>Un fichier par ligne : chemin et graine, p. ex. « dir/file 42 ».</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="179"/>
        <source>skipped: no seed</source>
        <translation>ignoré : pas de graine</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="182"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="187"/>
        <source>Nothing to verify: give each file its seed.</source>
        <translation>Rien à vérifier : donnez sa graine à chaque fichier.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verify/VerifyPanel.cpp" line="194"/>
        <source>Verifying %n file(s)…</source>
        <translation>
            <numerusform>Vérification de %n fichier…</numerusform>
            <numerusform>Vérification de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="211"/>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="213"/>
        <source>mismatch at file offset %1 (device %2)</source>
        <translation>écart au décalage %1 du fichier (périphérique %2)</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="217"/>
        <location filename="../ui/verify/VerifyPanel.cpp" line="235"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../ui/verify/VerifyPanel.cpp" line="219"/>
        <source>ok: %1 bytes</source>
        <translation>ok : %1 octets</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verify/VerifyPanel.cpp" line="240"/>
        <source>Cancelled after %n file(s).</source>
        <translation>
            <numerusform>Annulé après %n fichier.</numerusform>
            <numerusform>Annulé après %n fichiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verify/VerifyPanel.cpp" line="242"/>
        <source>All %n file(s) hold their pattern.</source>
        <translation>
            <numerusform>Le fichier (%n) contient son motif.</numerusform>
            <numerusform>Les %n fichiers contiennent leur motif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/verify/VerifyPanel.cpp" line="244"/>
        <source>%n file(s) failed.</source>
        <translation>
            <numerusform>%n fichier en échec.</numerusform>
            <numerusform>%n fichiers en échec.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>famscope::ui::WriteMode</name>
    <message>
        <location filename="../ui/edit/WriteMode.cpp" line="45"/>
        <source>The built-in demo lives in memory only and cannot be written. Create an image with File ▸ New image… to try editing.</source>
        <translation>La démo intégrée n’existe qu’en mémoire et ne peut pas être écrite. Créez une image avec Fichier ▸ Nouvelle image… pour essayer l’édition.</translation>
    </message>
    <message>
        <location filename="../ui/edit/WriteMode.cpp" line="50"/>
        <source>Nothing is open.</source>
        <translation>Rien n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/edit/WriteMode.cpp" line="81"/>
        <source>An import is running; wait until it has finished.</source>
        <translation>Une importation est en cours ; attendez qu’elle soit terminée.</translation>
    </message>
    <message>
        <location filename="../ui/edit/WriteMode.cpp" line="82"/>
        <source>Write mode is off.</source>
        <translation>Le mode écriture est désactivé.</translation>
    </message>
</context>
<context>
    <name>famscope::ui::FileRangeBar</name>
    <message>
        <source>File byte range and fault pages</source>
        <translation>Plage d’octets du fichier et pages de faute</translation>
    </message>
</context>
<context>
    <name>famscope::ui::ResolverPanel</name>
    <message>
        <source>%1 (%2 bytes) to the next discontinuity</source>
        <translation>%1 (%2 octets) jusqu’à la prochaine discontinuité</translation>
    </message>
    <message>
        <source>%1% of this file can fault in 2 MiB pages (green), %2% only in 4 KiB pages (amber), %3% not at all (red). File faults never map 1 GiB pages.</source>
        <translation>%1 % de ce fichier peut être projeté en pages de 2 Mio (vert), %2 % seulement en pages de 4 Kio (ambre), %3 % pas du tout (rouge). Une faute sur un fichier ne projette jamais de page de 1 Gio.</translation>
    </message>
    <message>
        <source>&amp;Offset in the file:</source>
        <translation>&amp;Décalage dans le fichier :</translation>
    </message>
    <message>
        <source>0x200000, 4096 or 2M, then Enter</source>
        <translation>0x200000, 4096 ou 2M, puis Entrée</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2: click or drag on the bar, or type an offset.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2 : cliquez ou faites glisser sur la barre, ou saisissez un décalage.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; as an offset: type 0x200000, 2097152 or 2M.</source>
        <translation>Impossible de lire « %1 » comme décalage : saisissez 0x200000, 2097152 ou 2M.</translation>
    </message>
    <message>
        <source>Device offset</source>
        <translation>Décalage sur le périphérique</translation>
    </message>
    <message>
        <source>Device offset:</source>
        <translation>Décalage sur le périphérique :</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Périphérique :</translation>
    </message>
    <message>
        <source>Fault page totals</source>
        <translation>Totaux des pages de faute</translation>
    </message>
    <message>
        <source>Fault page</source>
        <translation>Page de faute</translation>
    </message>
    <message>
        <source>Fault page:</source>
        <translation>Page de faute :</translation>
    </message>
    <message>
        <source>Fault pages unknown: %1</source>
        <translation>Pages de faute inconnues : %1</translation>
    </message>
    <message>
        <source>File offset</source>
        <translation>Décalage dans le fichier</translation>
    </message>
    <message>
        <source>Mapped length</source>
        <translation>Longueur projetée</translation>
    </message>
    <message>
        <source>Mapped length:</source>
        <translation>Longueur projetée :</translation>
    </message>
    <message>
        <source>Offset %1 is not mapped: %2</source>
        <translation>Le décalage %1 n’est pas projeté : %2</translation>
    </message>
    <message>
        <source>Offset %1 is out of range: the file is %2 bytes, offsets run from 0 to %3.</source>
        <translation>Le décalage %1 est hors limites : le fichier fait %2 octets, les décalages vont de 0 à %3.</translation>
    </message>
    <message>
        <source>Offset %1 resolves to device %2, offset %3.</source>
        <translation>Le décalage %1 mène au périphérique %2, décalage %3.</translation>
    </message>
    <message>
        <source>Resolver message</source>
        <translation>Message du résolveur</translation>
    </message>
    <message>
        <source>Resolver steps</source>
        <translation>Étapes du résolveur</translation>
    </message>
    <message>
        <source>Select a file to watch its offsets resolve.</source>
        <translation>Sélectionnez un fichier pour voir ses décalages se résoudre.</translation>
    </message>
    <message>
        <source>The file is empty: no offset resolves.</source>
        <translation>Le fichier est vide : aucun décalage ne se résout.</translation>
    </message>
    <message>
        <source>a 2 MiB page</source>
        <translation>une page de 2 Mio</translation>
    </message>
    <message>
        <source>a 4 KiB page, not 2 MiB: %1</source>
        <translation>une page de 4 Kio, pas 2 Mio : %1</translation>
    </message>
    <message>
        <source>nothing: the access gets SIGBUS</source>
        <translation>rien : l’accès reçoit SIGBUS</translation>
    </message>
</context>
<context>
    <name>famscope::ui::TourCard</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <source>Previous step (Left)</source>
        <translation>Étape précédente (flèche gauche)</translation>
    </message>
    <message>
        <source>Next step (Right)</source>
        <translation>Étape suivante (flèche droite)</translation>
    </message>
    <message>
        <source>End the tour (Esc)</source>
        <translation>Terminer la visite (Échap)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>famscope::ui::TourSteps</name>
    <message>
        <source>The superblock</source>
        <translation>Le superbloc</translation>
    </message>
    <message>
        <source>famfs lives on a devdax device: shared memory, mapped by every host. Its first bytes are the superblock: the magic number, the version, where the log lies and how long it is, the allocation unit (2 MiB) and the device&apos;s size. A CRC protects it.</source>
        <translation>famfs réside sur un périphérique devdax : de la mémoire partagée, projetée par chaque hôte. Ses premiers octets sont le superbloc : le nombre magique, la version, l’emplacement et la longueur du journal, l’unité d’allocation (2 Mio) et la taille du périphérique. Un CRC le protège.</translation>
    </message>
    <message>
        <source>The log</source>
        <translation>Le journal</translation>
    </message>
    <message>
        <source>At 2 MiB begins the metadata log. famfs never changes a file&apos;s metadata in place: every mkdir and every file created appends one 544-byte entry with the path, the owner, the size and the file&apos;s map. Nothing is ever deleted.</source>
        <translation>À 2 Mio commence le journal des métadonnées. famfs ne modifie jamais sur place les métadonnées d’un fichier : chaque mkdir et chaque fichier créé ajoute une entrée de 544 octets avec le chemin, le propriétaire, la taille et la carte du fichier. Rien n’est jamais supprimé.</translation>
    </message>
    <message>
        <source>Entries and their CRCs</source>
        <translation>Les entrées et leurs CRC</translation>
    </message>
    <message>
        <source>The hex view shows the selected entry&apos;s bytes as they are on the device. Each entry carries a sequence number equal to its slot and a CRC over its first 536 bytes: that is how a reader tells a complete entry from a half-written one.</source>
        <translation>La vue hexadécimale montre les octets de l’entrée choisie tels qu’ils sont sur le périphérique. Chaque entrée porte un numéro de séquence égal à son emplacement et un CRC sur ses 536 premiers octets : c’est ainsi qu’un lecteur distingue une entrée complète d’une entrée à moitié écrite.</translation>
    </message>
    <message>
        <source>Replay into a namespace</source>
        <translation>Le rejeu en un espace de noms</translation>
    </message>
    <message>
        <source>A mount replays the log from the first entry on and creates each directory and file it names. The tree is the result, exactly as a famfs mount would build it; the first entry for a path wins.</source>
        <translation>Un montage rejoue le journal depuis la première entrée et crée chaque répertoire et chaque fichier qu’il nomme. L’arbre en est le résultat, exactement comme un montage famfs le construirait ; pour un chemin, la première entrée l’emporte.</translation>
    </message>
    <message>
        <source>A torn entry</source>
        <translation>Une entrée déchirée</translation>
    </message>
    <message>
        <source>The demo&apos;s last entry has a wrong CRC, as a write that did not finish leaves it. Replay stops there: scratch/torn-entry is in the log but not in the tree. fsck reports it.</source>
        <translation>La dernière entrée de la démo a un CRC faux, comme le laisse une écriture inachevée. Le rejeu s’arrête là : scratch/torn-entry est dans le journal mais pas dans l’arbre. fsck la signale.</translation>
    </message>
    <message>
        <source>A simple file</source>
        <translation>Un fichier simple</translation>
    </message>
    <message>
        <source>A simple file is a list of extents: device offset and length. famfs allocates one contiguous extent, rounded up to 2 MiB, so file offset x is device offset (extent start + x).</source>
        <translation>Un fichier simple est une liste d’extents : position sur le périphérique et longueur. famfs alloue un extent contigu, arrondi à 2 Mio, donc la position x dans le fichier est la position (début de l’extent + x) sur le périphérique.</translation>
    </message>
    <message>
        <source>An interleaved file</source>
        <translation>Un fichier entrelacé</translation>
    </message>
    <message>
        <source>An interleaved file spreads over several strips, each in its own part of the device: chunk 0 goes to strip 0, chunk 1 to strip 1, and so on round the strips. The stripe diagram draws which chunk lands where.</source>
        <translation>Un fichier entrelacé se répartit sur plusieurs bandes, chacune dans sa propre zone du périphérique : le bloc 0 va à la bande 0, le bloc 1 à la bande 1, et ainsi de suite à tour de rôle. Le diagramme des bandes montre où atterrit chaque bloc.</translation>
    </message>
    <message>
        <source>A fault resolved</source>
        <translation>Une faute de page résolue</translation>
    </message>
    <message>
        <source>When a program touches a famfs file, the kernel turns the file offset into a device offset, as here for 5 MiB into the checkpoint: which chunk, which strip, which stripe, and the device offset. Type another offset or click the bar.</source>
        <translation>Quand un programme touche un fichier famfs, le noyau convertit la position dans le fichier en position sur le périphérique, comme ici pour 5 Mio dans le checkpoint : quel bloc, quelle bande, quelle rangée, et la position sur le périphérique. Tapez une autre position ou cliquez sur la barre.</translation>
    </message>
    <message>
        <source>Huge-page eligibility</source>
        <translation>Éligibilité aux grandes pages</translation>
    </message>
    <message>
        <source>A fault maps a whole 2 MiB page only where the 2 MiB lie in one extent or chunk, 2 MiB aligned on the device and inside the file. Elsewhere it falls back to 4 KiB pages: the strip under the bar colours each part by the page it gets.</source>
        <translation>Une faute ne projette une page entière de 2 Mio que là où les 2 Mio tiennent dans un extent ou un bloc, alignés sur 2 Mio sur le périphérique et à l’intérieur du fichier. Ailleurs, elle se rabat sur des pages de 4 Kio : la bande sous la barre colore chaque partie selon la page qu’elle obtient.</translation>
    </message>
    <message>
        <source>Allocation and collisions</source>
        <translation>Allocation et collisions</translation>
    </message>
    <message>
        <source>Each cell is an allocation unit of the device, coloured by the file that owns it. Two files claiming the same unit are a collision: they would overwrite each other&apos;s data. The demo has none; famfs fsck counts them, and famscope shows where they are.</source>
        <translation>Chaque case est une unité d’allocation du périphérique, colorée selon le fichier qui la possède. Deux fichiers qui réclament la même unité forment une collision : ils écraseraient mutuellement leurs données. La démo n’en a aucune ; famfs fsck les compte, et famscope montre où elles sont.</translation>
    </message>
    <message>
        <source>Checking with fsck</source>
        <translation>Vérifier avec fsck</translation>
    </message>
    <message>
        <source>fsck checks everything famfs fsck checks and more, each finding with a stable code: here the torn entry. A finding leads to its place: the field, the log entry, the file or the allocation units.</source>
        <translation>fsck vérifie tout ce que vérifie famfs fsck, et davantage, chaque constat avec un code stable : ici l’entrée déchirée. Un constat mène à son emplacement : le champ, l’entrée du journal, le fichier ou les unités d’allocation.</translation>
    </message>
    <message>
        <source>Live watch</source>
        <translation>Surveillance en direct</translation>
    </message>
    <message>
        <source>Other hosts append to the log while famscope has an image or a device open. famscope re-reads the log header every second and reloads when it changed; the status bar says how many entries appeared and how full the log is. (The demo lives in memory: it never changes.)</source>
        <translation>D’autres hôtes ajoutent des entrées au journal pendant que famscope a une image ou un périphérique ouvert. famscope relit l’en-tête du journal chaque seconde et recharge s’il a changé ; la barre d’état indique combien d’entrées sont apparues et le remplissage du journal. (La démo vit en mémoire : elle ne change jamais.)</translation>
    </message>
</context>
</TS>
