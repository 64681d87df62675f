<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>CollectionStore</name>
    <message>
      <source>not JSON: %1 at byte %2</source>
      <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
      <source>not a ZCRM Explorer collections file</source>
      <translation>keine Sammlungsdatei von ZCRM Explorer</translation>
    </message>
  </context>
  <context>
    <name>ExplorerSession</name>
    <message>
      <source>no token source</source>
      <translation>keine Token-Quelle</translation>
    </message>
  </context>
  <context>
    <name>ExplorerWorker</name>
    <message>
      <source>no history file is set</source>
      <translation>keine Verlaufsdatei festgelegt</translation>
    </message>
    <message>
      <source>the export file cannot be written: %1</source>
      <translation>die Exportdatei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
      <source>the file is larger than 64 MB</source>
      <translation>die Datei ist größer als 64 MB</translation>
    </message>
  </context>
  <context>
    <name>FieldTableModel</name>
    <message>
      <source>read-only</source>
      <translation>schreibgeschützt</translation>
    </message>
    <message>
      <source>mandatory</source>
      <translation>Pflichtfeld</translation>
    </message>
    <message>
      <source>API name</source>
      <translation>API-Name</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Beschriftung</translation>
    </message>
    <message>
      <source>Data type</source>
      <translation>Datentyp</translation>
    </message>
    <message>
      <source>Read-only</source>
      <translation>Schreibgeschützt</translation>
    </message>
    <message>
      <source>Mandatory</source>
      <translation>Pflichtfeld</translation>
    </message>
    <message>
      <source>Picklist values</source>
      <translation>Auswahllistenwerte</translation>
    </message>
    <message>
      <source>Lookup</source>
      <translation>Nachschlagen</translation>
    </message>
  </context>
  <context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
      <source>{%n key(s)}</source>
      <translation>
        <numerusform>{%n Schlüssel}</numerusform>
        <numerusform>{%n Schlüssel}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>[%n item(s)]</source>
      <translation>
        <numerusform>[%n Element]</numerusform>
        <numerusform>[%n Elemente]</numerusform>
      </translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Schlüssel</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Typ</translation>
    </message>
  </context>
  <context>
    <name>ModuleTableModel</name>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nein</translation>
    </message>
    <message>
      <source>custom</source>
      <translation>benutzerdefiniert</translation>
    </message>
    <message>
      <source>standard</source>
      <translation>Standard</translation>
    </message>
    <message>
      <source>API name</source>
      <translation>API-Name</translation>
    </message>
    <message>
      <source>Singular</source>
      <translation>Singular</translation>
    </message>
    <message>
      <source>Plural</source>
      <translation>Plural</translation>
    </message>
    <message>
      <source>Creatable</source>
      <translation>Anlegbar</translation>
    </message>
    <message>
      <source>Editable</source>
      <translation>Bearbeitbar</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Art</translation>
    </message>
  </context>
  <context>
    <name>ResponseExplanation</name>
    <message>
      <source>Zoho asks to wait %1 s before the next call (Retry-After).</source>
      <translation>Zoho bittet, vor dem nächsten Aufruf %1 s zu warten (Retry-After).</translation>
    </message>
    <message>
      <source>The rate-limit window resets at %1; try again then.</source>
      <translation>Das Zeitfenster der Ratenbegrenzung beginnt um %1 neu; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
      <source>Zoho names no time: wait a minute before trying again, and fewer calls at once (the limit counts concurrent calls and API credits per 24 h).</source>
      <translation>Zoho nennt keine Zeit: Warten Sie eine Minute, bevor Sie es erneut versuchen, und senden Sie weniger Aufrufe gleichzeitig (das Limit zählt gleichzeitige Aufrufe und API-Credits pro 24 h).</translation>
    </message>
    <message>
      <source>Zoho rejected the access token (401 INVALID_TOKEN): it was refreshed and the call sent again.</source>
      <translation>Zoho hat das Zugriffstoken abgelehnt (401 INVALID_TOKEN): Es wurde aktualisiert und der Aufruf erneut gesendet.</translation>
    </message>
    <message>
      <source>%1 of %2 records failed</source>
      <translation>%1 von %2 Datensätzen fehlgeschlagen</translation>
    </message>
    <message>
      <source>record %1: %2 %3%4</source>
      <translation>Datensatz %1: %2 %3%4</translation>
    </message>
    <message>
      <source>Zoho CRM answered HTTP %1: %2</source>
      <translation>Zoho CRM antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
      <source>Zoho CRM answered HTTP %1 %2: %3</source>
      <translation>Zoho CRM antwortete mit HTTP %1 %2: %3</translation>
    </message>
    <message>
      <source>A fault on Zoho's side: try again in a few seconds.</source>
      <translation>Ein Fehler auf der Seite von Zoho: Versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
      <source>The token lacks the scope this call needs: sign in again with it.</source>
      <translation>Dem Token fehlt der Scope, den dieser Aufruf braucht: Melden Sie sich mit diesem Scope erneut an.</translation>
    </message>
    <message>
      <source>The token was refused even after a refresh: sign in again.</source>
      <translation>Das Token wurde auch nach einer Aktualisierung abgelehnt: Melden Sie sich erneut an.</translation>
    </message>
    <message>
      <source>No answer from Zoho: %1</source>
      <translation>Keine Antwort von Zoho: %1</translation>
    </message>
    <message>
      <source>Check the network; it is safe to try again in a few seconds.</source>
      <translation>Prüfen Sie das Netzwerk; Sie können es gefahrlos in einigen Sekunden erneut versuchen.</translation>
    </message>
    <message>
      <source>No complete answer in time: %1</source>
      <translation>Keine vollständige Antwort in der vorgesehenen Zeit: %1</translation>
    </message>
    <message>
      <source>Try again, or give the request a longer timeout. A write may have been done: look before sending it again.</source>
      <translation>Versuchen Sie es erneut oder geben Sie der Anfrage eine längere Zeitüberschreitung. Ein Schreibvorgang wurde möglicherweise ausgeführt: Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
      <source>No usable access token: %1</source>
      <translation>Kein verwendbares Zugriffstoken: %1</translation>
    </message>
    <message>
      <source>The refresh token is no longer valid: sign in again.</source>
      <translation>Das Aktualisierungstoken ist nicht mehr gültig: Melden Sie sich erneut an.</translation>
    </message>
    <message>
      <source>Zoho Accounts did not answer: try again in a few seconds.</source>
      <translation>Zoho Accounts hat nicht geantwortet: Versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
      <source>The answer is not what Zoho CRM sends: %1</source>
      <translation>Die Antwort entspricht nicht dem, was Zoho CRM sendet: %1</translation>
    </message>
    <message>
      <source>Try again; if it stays so, the raw view shows what came.</source>
      <translation>Versuchen Sie es erneut; bleibt es dabei, zeigt die Rohansicht, was ankam.</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Abgebrochen.</translation>
    </message>
  </context>
</TS>
