<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>DesktopApplication</name>
    <message>
      <source>It keeps your tokens fresh from the tray. Choose Quit in the tray's menu to end it.</source>
      <translation>トレイからトークンを最新の状態に保ち続けます。終了するには、トレイのメニューで「終了」を選んでください。</translation>
    </message>
    <message>
      <source>Start in the system tray (minimized without one).</source>
      <translation>システムトレイで起動します (トレイがなければ最小化)。</translation>
    </message>
    <message>
      <source>ZCRM Explorer is still running</source>
      <translation>ZCRM Explorer は実行中です</translation>
    </message>
  </context>
  <context>
    <name>LoginAutostart</name>
    <message>
      <source>%1 cannot be removed</source>
      <translation>%1 を削除できません</translation>
    </message>
    <message>
      <source>%1 cannot be written: %2</source>
      <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
      <source>Keeps your Zoho CRM tokens fresh from the tray</source>
      <translation>トレイから Zoho CRM のトークンを最新の状態に保ちます</translation>
    </message>
    <message>
      <source>the Run key cannot be written</source>
      <translation>Run キーに書き込めません</translation>
    </message>
    <message>
      <source>the folder of %1 cannot be created</source>
      <translation>%1 のフォルダーを作成できません</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Closing the window keeps ZCRM Explorer in the tray, where it keeps your tokens fresh; Quit is in the tray's menu.</source>
      <translation>ウィンドウを閉じても ZCRM Explorer はトレイに残り、トークンを最新の状態に保ちます。「終了」はトレイのメニューにあります。</translation>
    </message>
    <message>
      <source>No system tray was found (GNOME, for one, has none without an extension): closing the window quits, and tokens are kept fresh only while it is open. Servers can run “zcrm refresh --watch” instead.</source>
      <translation>システムトレイが見つかりません (GNOME などは拡張機能なしではトレイがありません)。ウィンドウを閉じると終了し、トークンはウィンドウを開いている間だけ更新されます。サーバーでは代わりに「zcrm refresh --watch」を実行できます。</translation>
    </message>
    <message>
      <source>Start at &amp;login, in the tray</source>
      <translation>ログイン時にトレイで起動(&amp;A)</translation>
    </message>
    <message>
      <source>Start at login cannot be set: %1</source>
      <translation>ログイン時の起動を設定できません: %1</translation>
    </message>
    <message>
      <source>Start at login</source>
      <translation>ログイン時に起動</translation>
    </message>
    <message>
      <source>Starts ZCRM Explorer in the tray when you log in, so that your tokens stay fresh</source>
      <translation>ログイン時に ZCRM Explorer をトレイで起動し、トークンを最新の状態に保ちます</translation>
    </message>
    <message>
      <source>Tray:</source>
      <translation>トレイ:</translation>
    </message>
    <message>
      <source>When tokens are refreshed, the default store, the language, the theme and the start at login</source>
      <translation>トークンの更新タイミング、既定のストア、言語、テーマ、ログイン時の起動</translation>
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
      <translation>%1: トークンストアが開かれていません</translation>
    </message>
    <message numerus="yes">
      <source>%n expiring</source>
      <translation>
        <numerusform>まもなく期限切れ %n 件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n failing</source>
      <translation>
        <numerusform>更新に失敗 %n 件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n fresh</source>
      <translation>
        <numerusform>有効 %n 件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n need a new sign-in</source>
      <translation>
        <numerusform>要サインイン %n 件</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Open ZCRM Explorer</source>
      <translation>ZCRM Explorer を開く(&amp;O)</translation>
    </message>
    <message>
      <source>&amp;Pause refreshing</source>
      <translation>更新を一時停止(&amp;P)</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <source>&amp;Refresh all now</source>
      <translation>すべて今すぐ更新(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Sign in again</source>
      <translation>再サインイン(&amp;S)</translation>
    </message>
    <message>
      <source>A token cannot be refreshed</source>
      <translation>トークンを更新できません</translation>
    </message>
    <message>
      <source>A token needs a new sign-in</source>
      <translation>トークンの再サインインが必要です</translation>
    </message>
    <message>
      <source>Refreshing is paused</source>
      <translation>更新は一時停止中です</translation>
    </message>
    <message>
      <source>Token %1</source>
      <translation>トークン %1</translation>
    </message>
    <message>
      <source>Tokens that need a new sign-in</source>
      <translation>再サインインが必要なトークン</translation>
    </message>
    <message>
      <source>ZCRM Explorer tray menu</source>
      <translation>ZCRM Explorer のトレイメニュー</translation>
    </message>
    <message>
      <source>no tokens</source>
      <translation>トークンなし</translation>
    </message>
  </context>
</TS>
