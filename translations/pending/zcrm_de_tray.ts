<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>DesktopApplication</name>
    <message>
      <source>It keeps your tokens fresh from the tray. Choose Quit in the tray's menu to end it.</source>
      <translation>Es hält Ihre Token vom Infobereich aus aktuell. Wählen Sie „Beenden“ im Menü des Infobereichs, um es zu beenden.</translation>
    </message>
    <message>
      <source>Start in the system tray (minimized without one).</source>
      <translation>Im Infobereich starten (ohne Infobereich minimiert).</translation>
    </message>
    <message>
      <source>ZCRM Explorer is still running</source>
      <translation>ZCRM Explorer läuft weiter</translation>
    </message>
  </context>
  <context>
    <name>LoginAutostart</name>
    <message>
      <source>%1 cannot be removed</source>
      <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
      <source>%1 cannot be written: %2</source>
      <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
      <source>Keeps your Zoho CRM tokens fresh from the tray</source>
      <translation>Hält Ihre Zoho CRM-Token vom Infobereich aus aktuell</translation>
    </message>
    <message>
      <source>the Run key cannot be written</source>
      <translation>der Run-Schlüssel kann nicht geschrieben werden</translation>
    </message>
    <message>
      <source>the folder of %1 cannot be created</source>
      <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Closing the window keeps ZCRM Explorer in the tray, where it keeps your tokens fresh; Quit is in the tray's menu.</source>
      <translation>Beim Schließen des Fensters bleibt ZCRM Explorer im Infobereich und hält Ihre Token aktuell; „Beenden“ finden Sie im Menü des Infobereichs.</translation>
    </message>
    <message>
      <source>No system tray was found (GNOME, for one, has none without an extension): closing the window quits, and tokens are kept fresh only while it is open. Servers can run “zcrm refresh --watch” instead.</source>
      <translation>Es wurde kein Infobereich gefunden (GNOME etwa hat ohne Erweiterung keinen): Das Schließen des Fensters beendet das Programm, und Token werden nur aktualisiert, solange es geöffnet ist. Auf Servern kann stattdessen „zcrm refresh --watch“ laufen.</translation>
    </message>
    <message>
      <source>Start at &amp;login, in the tray</source>
      <translation>Bei der An&amp;meldung im Infobereich starten</translation>
    </message>
    <message>
      <source>Start at login cannot be set: %1</source>
      <translation>Der Start bei der Anmeldung kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
      <source>Start at login</source>
      <translation>Start bei der Anmeldung</translation>
    </message>
    <message>
      <source>Starts ZCRM Explorer in the tray when you log in, so that your tokens stay fresh</source>
      <translation>Startet ZCRM Explorer bei Ihrer Anmeldung im Infobereich, damit Ihre Token aktuell bleiben</translation>
    </message>
    <message>
      <source>Tray:</source>
      <translation>Infobereich:</translation>
    </message>
    <message>
      <source>When tokens are refreshed, the default store, the language, the theme and the start at login</source>
      <translation>Wann Token aktualisiert werden, der Standardspeicher, die Sprache, das Design und der Start bei der Anmeldung</translation>
    </message>
  </context>
  <context>
    <name>TrayIcon</name>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>%1: no token store open</source>
      <translation>%1: kein Token-Speicher geöffnet</translation>
    </message>
    <message numerus="yes">
      <source>%n expiring</source>
      <translation>
        <numerusform>%n läuft bald ab</numerusform>
        <numerusform>%n laufen bald ab</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n failing</source>
      <translation>
        <numerusform>%n mit Aktualisierungsfehler</numerusform>
        <numerusform>%n mit Aktualisierungsfehler</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n fresh</source>
      <translation>
        <numerusform>%n aktuell</numerusform>
        <numerusform>%n aktuell</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n need a new sign-in</source>
      <translation>
        <numerusform>%n braucht eine neue Anmeldung</numerusform>
        <numerusform>%n brauchen eine neue Anmeldung</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Open ZCRM Explorer</source>
      <translation>ZCRM Explorer ö&amp;ffnen</translation>
    </message>
    <message>
      <source>&amp;Pause refreshing</source>
      <translation>Aktualisieren an&amp;halten</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <source>&amp;Refresh all now</source>
      <translation>&amp;Alle jetzt aktualisieren</translation>
    </message>
    <message>
      <source>&amp;Sign in again</source>
      <translation>&amp;Erneut anmelden</translation>
    </message>
    <message>
      <source>A token cannot be refreshed</source>
      <translation>Ein Token kann nicht aktualisiert werden</translation>
    </message>
    <message>
      <source>A token needs a new sign-in</source>
      <translation>Ein Token braucht eine neue Anmeldung</translation>
    </message>
    <message>
      <source>Refreshing is paused</source>
      <translation>Aktualisierung angehalten</translation>
    </message>
    <message>
      <source>Token %1</source>
      <translation>Token %1</translation>
    </message>
    <message>
      <source>Tokens that need a new sign-in</source>
      <translation>Token, die eine neue Anmeldung brauchen</translation>
    </message>
    <message>
      <source>ZCRM Explorer tray menu</source>
      <translation>Menü von ZCRM Explorer im Infobereich</translation>
    </message>
    <message>
      <source>no tokens</source>
      <translation>keine Token</translation>
    </message>
  </context>
</TS>
