<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/aboutdialog.cpp" line="+17"/>
        <location line="+1"/>
        <source>About ZCRM Explorer</source>
        <translation>ZCRM Explorer について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version and licence of ZCRM Explorer</source>
        <translation>ZCRM Explorer のバージョンとライセンス</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ZCRM Explorer icon</source>
        <translation>ZCRM Explorer のアイコン</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Built with Qt %1, running on %2</source>
        <translation>Qt %1 でビルド、%2 で動作中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeps your Zoho CRM OAuth tokens fresh and at hand, for you, the Zoho SDKs and your scripts.</source>
        <translation>Zoho CRM の OAuth トークンを常に最新の状態で手元に保ちます。あなた自身、Zoho SDK、そしてスクリプトのために。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Free software; see the licence that came with it for the terms.</source>
        <translation>フリーソフトウェアです。利用条件は付属のライセンスをご覧ください。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <location filename="../stores/fs/atomicfilewriter.cpp" line="+34"/>
        <location line="+25"/>
        <source>cannot create a temporary file beside</source>
        <translation>一時ファイルを作成できません。対象:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>cannot make owner-only</source>
        <translation>所有者だけのアクセス権にできません。対象:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>cannot write</source>
        <translation>書き込めません。対象:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>cannot replace</source>
        <translation>置き換えられません。対象:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot copy the permissions of %1: %2</source>
        <translation>%1 のアクセス権をコピーできません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot replace %1: %2</source>
        <translation>%1 を置き換えられません: %2</translation>
    </message>
</context>
<context>
    <name>CollectionStore</name>
    <message>
        <location filename="../app/explorer/collectionstore.cpp" line="+92"/>
        <source>not JSON: %1 at byte %2</source>
        <translation>JSON ではありません: %2 バイト目で %1</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Saved requests</source>
        <translation>保存したリクエスト</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>not a ZCRM Explorer collections file</source>
        <translation>ZCRM Explorer のコレクションファイルではありません</translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <location filename="../ui/explorer/collectionspanel.cpp" line="+17"/>
        <source>Sa&amp;ve request</source>
        <translation>リクエストを保存(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved requests</source>
        <translation>保存したリクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By collection; Enter or double-click opens one in the editor</source>
        <translation>コレクション別。Enter キーかダブルクリックでエディターに開きます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+71"/>
        <source>My requests</source>
        <translation>マイリクエスト</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Name of the saved request</source>
        <translation>保存するリクエストの名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Leads from the web</source>
        <translation>例: Web からの見込み客</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Collection:</source>
        <translation>コレクション(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
</context>
<context>
    <name>CoqlEditor</name>
    <message>
        <location filename="../ui/explorer/coqleditor.cpp" line="+27"/>
        <source>COQL query</source>
        <translation>COQL クエリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>select … from Module where … limit … offset …; Ctrl+Space completes</source>
        <translation>select … from モジュール where … limit … offset …。Ctrl+Space で補完</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>select Last_Name, Email from Leads where Lead_Source = &apos;Web Download&apos; limit 200</source>
        <translation>select Last_Name, Email from Leads where Lead_Source = &apos;Web Download&apos; limit 200</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>COQL completions</source>
        <translation>COQL の補完候補</translation>
    </message>
</context>
<context>
    <name>CrmError</name>
    <message>
        <location filename="../app/core/crmerror.cpp" line="+36"/>
        <source>no access token for token %1</source>
        <translation>トークン %1 のアクセストークンがありません</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>, record %1</source>
        <translation>、レコード %1</translation>
    </message>
</context>
<context>
    <name>CrmPager</name>
    <message>
        <location filename="../app/core/crmpager.cpp" line="+138"/>
        <source>page %1 has no records but says more_records is true</source>
        <translation>ページ %1 にレコードがないのに more_records が true です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>more_records is true after %1 records, but info.next_page_token is missing (page numbers only reach the first %2 records)</source>
        <translation>%1 件のレコードの後も more_records が true ですが、info.next_page_token がありません (ページ番号で取得できるのは最初の %2 件だけです)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>info.next_page_token repeats after %1 records</source>
        <translation>%1 件のレコードの後で info.next_page_token が繰り返されています</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>paging cancelled</source>
        <translation>ページの取得をキャンセルしました</translation>
    </message>
</context>
<context>
    <name>CrmRateLimit</name>
    <message>
        <location filename="../app/core/crmratelimit.cpp" line="+74"/>
        <source>remaining %1/%2</source>
        <translation>残り %1/%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>window resets %1</source>
        <translation>ウィンドウのリセット %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>day %1/%2</source>
        <translation>1 日あたり %1/%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>retry after %1 s</source>
        <translation>%1 秒後に再試行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access token resets %1</source>
        <translation>アクセストークンのリセット %1</translation>
    </message>
</context>
<context>
    <name>CrmReply</name>
    <message>
        <location filename="../app/core/crmreply.cpp" line="+60"/>
        <source>the CRM client has no access token provider</source>
        <translation>CRM クライアントにアクセストークンの提供元がありません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CRM rejected the access token and refreshing it failed: %1</source>
        <translation>CRM がアクセストークンを拒否し、その更新にも失敗しました: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>token %1 has no API domain</source>
        <translation>トークン %1 に API ドメインがありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the CRM client has no network access manager</source>
        <translation>CRM クライアントにネットワークアクセスマネージャーがありません</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+79"/>
        <source>request cancelled</source>
        <translation>リクエストをキャンセルしました</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>no complete answer from %1 within %2 ms</source>
        <translation>%2 ミリ秒以内に %1 から完全な応答がありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the answer was cut off: %1</source>
        <translation>応答が途中で切れました: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no access token for token %1 within %2 ms</source>
        <translation>%2 ミリ秒以内にトークン %1 のアクセストークンを取得できませんでした</translation>
    </message>
</context>
<context>
    <name>CrmRequest</name>
    <message>
        <location filename="../app/core/crmrequest.cpp" line="+81"/>
        <source>the header name is empty</source>
        <translation>ヘッダー名が空です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the header name %1 holds a character a header name cannot have</source>
        <translation>ヘッダー名 %1 にヘッダー名で使えない文字が含まれています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the value of header %1 holds a control character (CR, LF, NUL or another)</source>
        <translation>ヘッダー %1 の値に制御文字 (CR、LF、NUL など) が含まれています</translation>
    </message>
</context>
<context>
    <name>CrmResponse</name>
    <message>
        <location filename="../app/core/crmresponse.cpp" line="+12"/>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>the body is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>本文が有効な JSON ではありません (%3 バイト中 %2 バイト目で %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body is JSON but not an object</source>
        <translation>本文は JSON ですが、オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>CsvCodec</name>
    <message>
        <location filename="../stores/file/csvcodec.cpp" line="+48"/>
        <source>not UTF-8 text</source>
        <translation>UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>a quoted field is never closed</source>
        <translation>引用符で囲まれたフィールドが閉じられていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>閉じ引用符の後に文字があります (引用符で囲まれたフィールド内の引用符は 2 つ重ねる必要があります)</translation>
    </message>
</context>
<context>
    <name>CurrentUserLookup</name>
    <message>
        <location filename="../app/core/currentuserlookup.cpp" line="+61"/>
        <source>no answer from %1 in time</source>
        <translation>%1 から時間内に応答がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered HTTP %2 to users?type=CurrentUser (is the ZohoCRM.users.READ scope granted?)</source>
        <translation>%1 が users?type=CurrentUser に HTTP %2 を返しました (ZohoCRM.users.READ スコープは付与されていますか?)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the answer of users?type=CurrentUser names no e-mail</source>
        <translation>users?type=CurrentUser の応答にメールアドレスが含まれていません</translation>
    </message>
</context>
<context>
    <name>DataCenterFields</name>
    <message>
        <location filename="../ui/datacenterfields.cpp" line="+18"/>
        <source>United States</source>
        <translation>米国</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Europe</source>
        <translation>ヨーロッパ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>India</source>
        <translation>インド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Australia</source>
        <translation>オーストラリア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saudi Arabia</source>
        <translation>サウジアラビア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Custom accounts URL…</source>
        <translation>カスタムのアカウント URL…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sandbox (offline demo)</source>
        <translation>サンドボックス (オフラインデモ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data center</source>
        <translation>データセンター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your Zoho account lives; a token only works in the data center that issued it</source>
        <translation>Zoho アカウントがあるデータセンター。トークンは発行元のデータセンターでのみ使えます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Production</source>
        <translation>本番</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM environment of the organization: production, its sandbox, or a developer edition</source>
        <translation>組織の CRM 環境: 本番、そのサンドボックス、または開発者エディション</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://accounts.example.com</source>
        <translation>https://accounts.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts URL</source>
        <translation>アカウント URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The accounts server that signs you in</source>
        <translation>サインインに使うアカウントサーバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: as the server answers</source>
        <translation>省略可: サーバーの応答に従います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API domain</source>
        <translation>API ドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the CRM API answers; empty to use the one the accounts server names</source>
        <translation>CRM API の接続先。空欄にするとアカウントサーバーが示すものを使います</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Data center:</source>
        <translation>データセンター(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>環境(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acco&amp;unts URL:</source>
        <translation>アカウント URL(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API do&amp;main:</source>
        <translation>API ドメイン(&amp;M):</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The sandbox has not started yet.</source>
        <translation>サンドボックスはまだ起動していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the accounts URL, for example https://accounts.example.com.</source>
        <translation>アカウント URL を入力してください (例: https://accounts.example.com)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accounts URL must be a web address starting with https:// (or http:// for a server on this computer).</source>
        <translation>アカウント URL は https:// で始まるウェブアドレスにしてください (このコンピューター上のサーバーなら http:// も使えます)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The API domain must be a web address starting with https:// or http://, or empty.</source>
        <translation>API ドメインは https:// または http:// で始まるウェブアドレスにするか、空欄にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accounts URL cannot be used: %1</source>
        <translation>このアカウント URL は使えません: %1</translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <location filename="../ui/desktopapplication.cpp" line="+150"/>
        <source>Looking for the OS keychain…</source>
        <translation>OS のキーチェーンを探しています…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keeps your Zoho CRM OAuth tokens and explores the CRM API.</source>
        <translation>Zoho CRM の OAuth トークンを保管し、CRM API を試せます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token store to open.</source>
        <translation>開くトークンストア。</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>It keeps your tokens fresh from the tray. Choose Quit in the tray&apos;s menu to end it.</source>
        <translation>トレイからトークンを最新の状態に保ち続けます。終了するには、トレイのメニューで「終了」を選んでください。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Start in the system tray (minimized without one).</source>
        <translation>システムトレイで起動します (トレイがなければ最小化)。</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>ZCRM Explorer is still running</source>
        <translation>ZCRM Explorer は実行中です</translation>
    </message>
</context>
<context>
    <name>DialogCoordinator</name>
    <message>
        <location filename="../ui/dialogcoordinator.cpp" line="+73"/>
        <source>Signed in as %1.</source>
        <translation>%1 としてサインインしました。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Grant token exchanged: token %1 saved.</source>
        <translation>グラントトークンを交換し、トークン %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>DialogNotice</name>
    <message>
        <location filename="../ui/dialognotice.cpp" line="+73"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/errormessages.cpp" line="+11"/>
        <source>The client ID or client secret is wrong, or this client is not enabled for the chosen data center. Check both in the Zoho API console, and that the data center is the one the client was created in.</source>
        <translation>クライアント ID またはクライアントシークレットが正しくないか、このクライアントが選択したデータセンターで有効になっていません。Zoho API コンソールで両方を確認し、クライアントを作成したデータセンターが選ばれているか確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The grant code has expired, was already used, or belongs to another data center. Check the data center, generate a new code and paste it within its lifetime.</source>
        <translation>グラントコードの期限が切れているか、使用済みか、別のデータセンターのものです。データセンターを確認し、新しいコードを生成して有効期間内に貼り付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authorization code expired or belongs to another data center. Check that the data center is the one your Zoho account lives in, then sign in again.</source>
        <translation>認可コードの期限が切れているか、別のデータセンターのものです。Zoho アカウントのあるデータセンターが選ばれているか確認してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho does not accept the redirect URI %1 for this client. Register exactly this URI for the client in the Zoho API console, or pick the port of the URI registered there.</source>
        <translation>Zoho はこのクライアントのリダイレクト URI %1 を受け付けません。Zoho API コンソールでこの URI をそのままクライアントに登録するか、登録済みの URI のポートを選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use</source>
        <translation>(使用中のもの)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho refused the grant code: access was declined, or too many codes were issued in the last 10 minutes. Wait a few minutes and try again.</source>
        <translation>Zoho がグラントコードを拒否しました。アクセスが拒否されたか、過去 10 分間に発行されたコードが多すぎます。数分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You declined access in the browser, so no token was issued. Sign in again and choose Accept to give ZCRM Explorer access.</source>
        <translation>ブラウザーでアクセスを拒否したため、トークンは発行されませんでした。もう一度サインインし、「承認」(Accept) を選んで ZCRM Explorer にアクセスを許可してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho issued too many access tokens for this client in the last 10 minutes. Wait a few minutes, then try again.</source>
        <translation>過去 10 分間に Zoho がこのクライアントに発行したアクセストークンが多すぎます。数分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The accounts server refused the sign-in (%1).</source>
        <translation>アカウントサーバーがサインインを拒否しました (%1)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many token requests in the last 10 minutes; Zoho would refuse more. Wait a few minutes, then try again.</source>
        <translation>過去 10 分間のトークン要求が多すぎるため、これ以上は Zoho に拒否されます。数分待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The browser came back from a server that is not the chosen data center&apos;s accounts server, so the client secret was not sent to it. Check the data center; for a private setup, choose a custom accounts URL.</source>
        <translation>ブラウザーが、選択したデータセンターのアカウントサーバーではないサーバーから戻ってきたため、クライアントシークレットは送信しませんでした。データセンターを確認してください。独自の環境では、カスタムのアカウント URL を選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only replies that did not belong to this sign-in reached ZCRM Explorer. Sign in again and approve access in the browser tab this sign-in opened.</source>
        <translation>ZCRM Explorer に届いたのは、このサインインとは関係のない応答だけでした。もう一度サインインし、このサインインで開いたブラウザーのタブでアクセスを承認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer came from the browser in time. Sign in again and approve access within five minutes.</source>
        <translation>ブラウザーから時間内に応答がありませんでした。もう一度サインインし、5 分以内にアクセスを承認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The redirect port cannot be opened: another program is probably using it. Pick another port (and register its redirect URI for the client), or 0 for any free port.</source>
        <translation>リダイレクトポートを開けません。別のプログラムが使用している可能性があります。別のポートを選ぶ (そのリダイレクト URI をクライアントに登録してください) か、0 を指定して空いているポートを使ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These sign-in settings cannot be used: %1</source>
        <translation>このサインイン設定は使えません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accounts server cannot be reached. Check your internet connection and proxy, and the data center or accounts URL.</source>
        <translation>アカウントサーバーに接続できません。インターネット接続とプロキシ、データセンターまたはアカウント URL を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The accounts server did not answer in time. Check your connection and try again.</source>
        <translation>アカウントサーバーから時間内に応答がありませんでした。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The accounts server sent an answer that is not a token. Check the accounts URL.</source>
        <translation>アカウントサーバーからトークンではない応答が返されました。アカウント URL を確認してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The token was not found in the store.</source>
        <translation>ストアにトークンが見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store cannot be used as given.</source>
        <translation>指定されたストアは使えません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store cannot be reached: a missing folder, a server that is down, or a locked keychain.</source>
        <translation>ストアにアクセスできません。フォルダーがない、サーバーが停止している、またはキーチェーンがロックされている可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the store was denied: check the file&apos;s permissions or the password.</source>
        <translation>ストアへのアクセスが拒否されました。ファイルのアクセス権またはパスワードを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store is not in a format ZCRM Explorer can read; it was left untouched.</source>
        <translation>ストアは ZCRM Explorer が読み取れない形式です。ストアには手を加えていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store is locked by another program. Try again in a moment.</source>
        <translation>ストアは別のプログラムによってロックされています。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store reported an error.</source>
        <translation>ストアがエラーを報告しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A reply reached ZCRM Explorer that did not belong to this sign-in, and was ignored. Still waiting for your approval in the browser.</source>
        <translation>このサインインとは関係のない応答が ZCRM Explorer に届いたため、無視しました。引き続きブラウザーでの承認を待っています。</translation>
    </message>
</context>
<context>
    <name>ExplorerPage</name>
    <message>
        <location filename="../ui/explorer/explorerpage.cpp" line="+46"/>
        <source>Copy as c&amp;URL</source>
        <translation>cURL としてコピー(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy as &amp;zcrm</source>
        <translation>zcrm としてコピー(&amp;Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>with the access token</source>
        <translation>アクセストークンを含める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Request</source>
        <translation>リクエストの送信</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API explorer</source>
        <translation>API エクスプローラー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Org, history and saved requests</source>
        <translation>組織、履歴、保存したリクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Modules &amp;&amp; fields</source>
        <translation>モジュールと項目(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histor&amp;y</source>
        <translation>履歴(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;llections</source>
        <translation>コレクション(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as cURL</source>
        <translation>cURL としてコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy as zcrm command</source>
        <translation>zcrm コマンドとしてコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy with the access token</source>
        <translation>アクセストークンを含めてコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off: the cURL line reads the token from $%1</source>
        <translation>オフ: cURL のコマンドはトークンを $%1 から読み取ります</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request could not be saved: %1</source>
        <translation>リクエストを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the Saved Requests</source>
        <translation>保存したリクエストのエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <location line="+216"/>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location line="-224"/>
        <source>Saved requests exported to %1.</source>
        <translation>保存したリクエストを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import Saved Requests</source>
        <translation>保存したリクエストのインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved requests imported: %1.</source>
        <translation>保存したリクエストをインポートしました: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import stopped: %1</source>
        <translation>インポートを中止しました: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no token store is open</source>
        <translation>トークンストアが開かれていません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the org&apos;s modules …</source>
        <translation>組織のモジュールを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The modules could not be read: %1</source>
        <translation>モジュールを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 modules, as read before (Refresh reads them again).</source>
        <translation>前回読み込んだモジュール %1 個 (「更新」で読み込み直します)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 modules in this org.</source>
        <translation>この組織のモジュール: %1 個。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The fields of %1 could not be read: %2</source>
        <translation>%1 の項目を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 fields. Double-click the module for a list request.</source>
        <translation>%1: 項目 %2 個。モジュールをダブルクリックすると一覧のリクエストを作成します。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>records %1–%2</source>
        <translation>レコード %1～%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 records</source>
        <translation>レコード %1 件</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fetch All Pages and Export</source>
        <translation>全ページの取得とエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cURL line copied; it reads the token from $%1.</source>
        <translation>cURL のコマンドをコピーしました。トークンは $%1 から読み取ります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No access token to copy: %1</source>
        <translation>コピーするアクセストークンがありません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cURL line copied with the access token: treat it as a secret.</source>
        <translation>アクセストークンを含む cURL のコマンドをコピーしました。秘密情報として扱ってください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>zcrm command copied.</source>
        <translation>zcrm コマンドをコピーしました。</translation>
    </message>
</context>
<context>
    <name>ExplorerSession</name>
    <message>
        <location filename="../app/explorer/explorersession.cpp" line="+55"/>
        <source>no token source</source>
        <translation>トークンの取得元がありません</translation>
    </message>
</context>
<context>
    <name>ExplorerWorker</name>
    <message>
        <location filename="../app/explorer/explorerworker.cpp" line="+77"/>
        <source>no history file is set</source>
        <translation>履歴ファイルが設定されていません</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>the export file cannot be written: %1</source>
        <translation>エクスポートファイルに書き込めません: %1</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>the file is larger than 64 MB</source>
        <translation>ファイルが 64 MB を超えています</translation>
    </message>
</context>
<context>
    <name>FieldTableModel</name>
    <message>
        <location filename="../app/explorer/fieldtablemodel.cpp" line="+40"/>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mandatory</source>
        <translation>必須</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>API name</source>
        <translation>API 名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data type</source>
        <translation>データ型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mandatory</source>
        <translation>必須</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Picklist values</source>
        <translation>選択リストの値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lookup</source>
        <translation>参照</translation>
    </message>
</context>
<context>
    <name>FileTokenStore</name>
    <message>
        <location filename="../stores/file/filestoreregistration.cpp" line="+22"/>
        <source>file: needs the path of the token file, e.g. file:/home/me/sdk_tokens.txt</source>
        <translation>file: にはトークンファイルのパスが必要です (例: file:/home/me/sdk_tokens.txt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a folder; name the token file in it, e.g. %1/sdk_tokens.txt</source>
        <translation>%1 はフォルダーです。その中のトークンファイルを指定してください (例: %1/sdk_tokens.txt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the Zoho SDK FileStore CSV (sdk_tokens.txt), shared with the Python and Java SDKs</source>
        <translation>Zoho SDK の FileStore CSV (sdk_tokens.txt)。Python と Java の SDK と共有します</translation>
    </message>
    <message>
        <location filename="../stores/file/filetokenstore.cpp" line="+144"/>
        <location line="+57"/>
        <source>no token with id %1</source>
        <translation>ID %1 のトークンはありません</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>, not created yet</source>
        <translation>、未作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, our fields in </source>
        <translation>、独自のフィールドは </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, not writable: </source>
        <translation>、書き込み不可: </translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+24"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>; nothing was read or written</source>
        <translation>。何も読み書きしていません</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is read-only; nothing was written</source>
        <translation>%1 は読み取り専用です。何も書き込んでいません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>; nothing was written</source>
        <translation>。何も書き込んでいません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>; the file is left as it was</source>
        <translation>。ファイルは元のままです</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the SDK fields were saved, ours were not: </source>
        <translation>SDK のフィールドは保存されましたが、独自のフィールドは保存されませんでした: </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>line %1: </source>
        <translation>%1 行目: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the file was left as it is</source>
        <translation>。ファイルには手を加えていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (delete it to go on without our extra fields)</source>
        <translation> (独自の追加フィールドなしで続けるには、このファイルを削除してください)</translation>
    </message>
</context>
<context>
    <name>GrantTokenDialog</name>
    <message>
        <location filename="../ui/granttokendialog.cpp" line="+25"/>
        <source>Add Self Client Grant Token</source>
        <translation>Self Client のグラントトークンを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Self Client grant token</source>
        <translation>Self Client のグラントトークンを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchanges a grant code from the Zoho API console&apos;s Self Client for a token that ZCRM Explorer keeps and refreshes</source>
        <translation>Zoho API コンソールの Self Client で生成したグラントコードを、ZCRM Explorer が保管・更新するトークンと交換します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For a server or a script without a browser: in the Zoho API console, open your Self Client, choose “Generate Code”, pick the scopes and a duration, and paste the code here before it expires. ZCRM Explorer exchanges it for a refresh token and keeps it in the current store.</source>
        <translation>ブラウザーのないサーバーやスクリプト向けです。Zoho API コンソールで Self Client を開き、「Generate Code」を選んでスコープと有効期間を指定し、期限が切れる前にコードをここに貼り付けてください。ZCRM Explorer がコードをリフレッシュトークンと交換し、現在のストアに保管します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX</source>
        <translation>1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Self Client&apos;s client ID</source>
        <translation>Self Client のクライアント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lient ID:</source>
        <translation>クライアント ID(&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Self Client&apos;s client secret; masked until you choose Show</source>
        <translation>Self Client のクライアントシークレット。「表示」を選ぶまで伏せられます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secre&amp;t:</source>
        <translation>クライアントシークレット(&amp;T):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>grant code</source>
        <translation>グラントコード</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grant code</source>
        <translation>グラントコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code the Self Client generated; it works once, within its lifetime</source>
        <translation>Self Client が生成したコード。有効期間内に 1 回だけ使えます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1000.xxxxxxxx.xxxxxxxx</source>
        <translation>1000.xxxxxxxx.xxxxxxxx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grant code:</source>
        <translation>グラントコード(&amp;G):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchanging the grant code with Zoho…</source>
        <translation>Zoho でグラントコードを交換しています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exchanging the grant code</source>
        <translation>グラントコードを交換中</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add Token</source>
        <translation>トークンを追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchanges the grant code and saves the token</source>
        <translation>グラントコードを交換してトークンを保存します</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Enter the Self Client&apos;s client ID (in the Zoho API console, under “Client Secret”).</source>
        <translation>Self Client のクライアント ID を入力してください (Zoho API コンソールの「Client Secret」にあります)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the Self Client&apos;s client secret.</source>
        <translation>Self Client のクライアントシークレットを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paste the grant code the Self Client generated.</source>
        <translation>Self Client が生成したグラントコードを貼り付けてください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled. The grant code may already have been used; generate a new one if the next try says it expired.</source>
        <translation>キャンセルしました。グラントコードはすでに使われた可能性があります。次の試行で期限切れと表示されたら、新しいコードを生成してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The code was exchanged, but the token could not be saved. %1</source>
        <translation>コードは交換されましたが、トークンを保存できませんでした。%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stop</source>
        <translation>中止(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../ui/explorer/historypanel.cpp" line="+18"/>
        <source>&amp;Replay</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear history</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the history</source>
        <translation>履歴を検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search method, path, parameters, outcome</source>
        <translation>メソッド、パス、パラメーター、結果を検索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter or double-click replays a request into the editor</source>
        <translation>Enter キーかダブルクリックでリクエストをエディターに再現します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replay the request</source>
        <translation>リクエストを再実行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the history</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
</context>
<context>
    <name>JsonBodyEditor</name>
    <message>
        <location filename="../ui/explorer/jsonbodyeditor.cpp" line="+18"/>
        <source>Request body (JSON)</source>
        <translation>リクエストの本文 (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked as you type; errors are named below with line and column</source>
        <translation>入力中にチェックされ、エラーは下に行と列で示されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{&quot;data&quot;: [{&quot;Last_Name&quot;: &quot;Smith&quot;}]}</source>
        <translation>{&quot;data&quot;: [{&quot;Last_Name&quot;: &quot;Smith&quot;}]}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Body check</source>
        <translation>本文のチェック</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No body.</source>
        <translation>本文なし。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid JSON.</source>
        <translation>有効な JSON です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>有効な JSON ではありません: %2 行 %3 列目で %1。</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <location filename="../app/explorer/jsontreemodel.cpp" line="+305"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>{1 key}</source>
        <translation>{キー 1 個}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{%1 keys}</source>
        <translation>{キー %1 個}</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>[1 item]</source>
        <translation>[要素 1 個]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1 items]</source>
        <translation>[要素 %1 個]</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>型</translation>
    </message>
</context>
<context>
    <name>KeychainExecutor</name>
    <message>
        <location filename="../stores/keychain/keychainexecutor.cpp" line="+127"/>
        <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service; use a desktop session with gnome-keyring or KWallet, or another store such as sqlite:</source>
        <translation>D-Bus のセッションバスがない (DBUS_SESSION_BUS_ADDRESS が未設定) ため、Secret Service を使えません。gnome-keyring か KWallet のあるデスクトップセッションを使うか、sqlite: など別のストアを使ってください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QT_NO_GLIB is set, but the Secret Service backend of QtKeychain (libsecret) needs Qt&apos;s GLib event loop; unset QT_NO_GLIB</source>
        <translation>QT_NO_GLIB が設定されていますが、QtKeychain の Secret Service バックエンド (libsecret) には Qt の GLib イベントループが必要です。QT_NO_GLIB を解除してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+30"/>
        <source>the keychain needs a QCoreApplication, and there is none</source>
        <translation>キーチェーンには QCoreApplication が必要ですが、ありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the keychain thread has stopped: the application is shutting down</source>
        <translation>キーチェーンのスレッドが停止しました。アプリケーションは終了処理中です</translation>
    </message>
</context>
<context>
    <name>KeychainIndex</name>
    <message>
        <location filename="../stores/keychain/keychainindex.cpp" line="+23"/>
        <source>not JSON (%1 at offset %2)</source>
        <translation>JSON ではありません (位置 %2 で %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a zcrm keychain index</source>
        <translation>zcrm のキーチェーンインデックスではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>index version %1, this program reads version %2</source>
        <translation>インデックスのバージョンは %1 ですが、このプログラムが読めるのはバージョン %2 です</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>token entry %1 is invalid</source>
        <translation>トークンのエントリー %1 が不正です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>token id %1 appears more than once</source>
        <translation>トークン ID %1 が重複しています</translation>
    </message>
</context>
<context>
    <name>KeychainSecret</name>
    <message>
        <location filename="../stores/keychain/keychainsecret.cpp" line="+45"/>
        <location line="+28"/>
        <source>the keychain did not answer within %1 ms</source>
        <translation>キーチェーンが %1 ミリ秒以内に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <location filename="../stores/keychain/keychaintokenstore.cpp" line="+34"/>
        <source>Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>macOS Keychain</source>
        <translation>macOS のキーチェーン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>writing token %1</source>
        <translation>トークン %1 の書き込み</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+64"/>
        <location line="+9"/>
        <source>no token with id %1</source>
        <translation>ID %1 のトークンはありません</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 through QtKeychain, service &quot;%2&quot;; index %3</source>
        <translation>QtKeychain 経由の %1、サービス「%2」、インデックス %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %1 old entries still to delete</source>
        <translation>。削除待ちの古いエントリーが %1 件あります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; not writable: </source>
        <translation>。書き込み不可: </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the %1 did not answer within %2 s while %3 (a keyring waiting to be unlocked, or a keychain service that hangs); the request may still finish in the background</source>
        <translation>%3中に %1 が %2 秒以内に応答しませんでした (ロック解除待ちのキーリングか、応答しないキーチェーンサービスの可能性があります)。リクエストはバックグラウンドで完了することがあります</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>keyring locked or access denied while %1: %2</source>
        <translation>%1中にキーリングがロックされているか、アクセスが拒否されました: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no keychain backend while %1: %2</source>
        <translation>%1中にキーチェーンのバックエンドがありません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an entry is missing from the keychain while %1: %2</source>
        <translation>%1中にキーチェーンのエントリーが見つかりません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+28"/>
        <source>%1 not available: %2</source>
        <translation>%1 を使えません: %2</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>keychain error while %1: %2</source>
        <translation>%1中のキーチェーンエラー: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>opening the keychain</source>
        <translation>キーチェーンのオープン</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>writing a probe entry</source>
        <translation>テスト用エントリーの書き込み</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>keyring locked or missing: the %1 cannot store a secret (%2)</source>
        <translation>キーリングがロックされているか、ありません。%1 に秘密情報を保存できません (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the %1 returned something else than the probe entry it stored</source>
        <translation>%1 が保存したテスト用エントリーとは異なるものを返しました</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>reading the index copy</source>
        <translation>インデックスのコピーの読み取り</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the index file %1 is missing and its copy in the keychain is not valid (%2)</source>
        <translation>インデックスファイル %1 がなく、キーチェーン内のコピーも不正です (%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the index file %1 is not valid (%2); it is left untouched</source>
        <translation>インデックスファイル %1 が不正です (%2)。ファイルには手を加えていません</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>reading %1 keychain entries</source>
        <translation>%1 件のキーチェーンエントリーの読み取り</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>token %1 is listed in %2 but its keychain entry %3 is missing (removed outside zcrm?); delete the token to go on</source>
        <translation>トークン %1 は %2 に記載されていますが、キーチェーンのエントリー %3 がありません (zcrm の外で削除されましたか?)。続けるにはトークンを削除してください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the keychain entry of token %1 (%2) is not a token written by zcrm; it is left untouched</source>
        <translation>トークン %1 のキーチェーンエントリー (%2) は zcrm が書き込んだトークンではありません。手を加えていません</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>deleting old entries</source>
        <translation>古いエントリーの削除</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the OS keychain (Secret Service, macOS Keychain, Windows Credential Manager); SERVICE defaults to %1</source>
        <translation>OS のキーチェーン (Secret Service、macOS のキーチェーン、Windows 資格情報マネージャー)。SERVICE の既定値は %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the service name must be 1 to %1 printable characters without leading or trailing spaces</source>
        <translation>サービス名は、前後に空白のない 1～%1 文字の印字可能な文字にしてください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the keychain</source>
        <translation>キーチェーン</translation>
    </message>
</context>
<context>
    <name>LeaseFile</name>
    <message>
        <location filename="../stores/fs/leasefile.cpp" line="+41"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a leases file (%2); it was left as it is (delete it to clear the leases)</source>
        <translation>%1 はリースファイルではありません (%2)。ファイルには手を加えていません (リースを解除するには削除してください)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no &quot;leases&quot; object</source>
        <translation>「leases」オブジェクトがありません</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <location filename="../ui/logview.cpp" line="+18"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log lines</source>
        <translation>ログの行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the application did, newest last; never a secret</source>
        <translation>アプリケーションの動作の記録 (新しいものが最後)。秘密情報は含みません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing logged yet.</source>
        <translation>まだログはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy all</source>
        <translation>すべてコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole log</source>
        <translation>ログ全体をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the log view</source>
        <translation>ログの表示をクリア</translation>
    </message>
</context>
<context>
    <name>LoginAutostart</name>
    <message>
        <location filename="../app/core/loginautostart.cpp" line="+111"/>
        <source>%1 cannot be removed</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Keeps your Zoho CRM tokens fresh from the tray</source>
        <translation>トレイから Zoho CRM のトークンを最新の状態に保ちます</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>the Run key cannot be written</source>
        <translation>Run キーに書き込めません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the folder of %1 cannot be created</source>
        <translation>%1 のフォルダーを作成できません</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+59"/>
        <location line="+31"/>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+1"/>
        <source>ZCRM Explorer</source>
        <translation>ZCRM Explorer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Token store</source>
        <translation>トークンストア</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token count</source>
        <translation>トークン数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status bar</source>
        <translation>ステータスバー</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token store cannot be read right now: %1. The table shows what was read last; nothing was changed or deleted.</source>
        <translation>トークンストアを現在読み取れません: %1。表には最後に読み取った内容が表示されています。変更や削除は行われていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+404"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="-400"/>
        <source>The token store answers again.</source>
        <translation>トークンストアが再び応答しています。</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+79"/>
        <location line="+54"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Search users, clients, scopes, errors</source>
        <translation>ユーザー、クライアント、スコープ、エラーを検索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search tokens</source>
        <translation>トークンを検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only the tokens whose user, client, scopes or error contain this</source>
        <translation>ユーザー、クライアント、スコープ、エラーにこの文字列を含むトークンだけを表示します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by status</source>
        <translation>ステータスで絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by data center</source>
        <translation>データセンターで絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All data centers</source>
        <translation>すべてのデータセンター</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;center:</source>
        <translation>データセンター(&amp;C):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Every token in the store with its status and expiry</source>
        <translation>ストア内のすべてのトークンとそのステータス・有効期限</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Sign &amp;in…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a Zoho account in your browser</source>
        <translation>ブラウザーで Zoho アカウントにサインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Self Client &amp;grant token…</source>
        <translation>Self Client のグラントトークンを追加(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange a grant token from Zoho&apos;s API console</source>
        <translation>Zoho API コンソールで発行したグラントトークンを交換</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh now</source>
        <translation>今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new access token for the selected tokens</source>
        <translation>選択したトークンの新しいアクセストークンを取得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>取り消し(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the selected token at Zoho</source>
        <translation>選択したトークンを Zoho で取り消す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected tokens from this store</source>
        <translation>選択したトークンをこのストアから削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy access token</source>
        <translation>アクセストークンをコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected token&apos;s access token</source>
        <translation>選択したトークンのアクセストークンをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy re&amp;fresh token…</source>
        <translation>リフレッシュトークンをコピー(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the selected token&apos;s refresh token, after a confirmation</source>
        <translation>確認のうえ、選択したトークンのリフレッシュトークンをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy tokens from another store or an SDK file into this store</source>
        <translation>別のストアや SDK ファイルからこのストアにトークンをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write tokens to another store or an SDK file</source>
        <translation>トークンを別のストアや SDK ファイルに書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;witch store…</source>
        <translation>ストアの切り替え(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another token store</source>
        <translation>別のトークンストアを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh lead, default store, language and theme</source>
        <translation>事前更新の時間、既定のストア、言語、テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the tokens</source>
        <translation>トークンを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;log</source>
        <translation>ログを表示(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the application&apos;s log</source>
        <translation>アプリケーションのログを表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About ZCRM Explorer</source>
        <translation>ZCRM Explorer について(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version and credits</source>
        <translation>バージョンとクレジット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit ZCRM Explorer</source>
        <translation>ZCRM Explorer を終了</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+76"/>
        <source>&amp;Tokens</source>
        <translation>トークン(&amp;T)</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Stat&amp;us:</source>
        <translation>ステータス(&amp;U):</translation>
    </message>
    <message>
        <location line="+224"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Store: opening %1…</source>
        <translation>ストア: %1 を開いています…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Store: %1</source>
        <translation>ストア: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Store: %1 (not open)</source>
        <translation>ストア: %1 (開いていません)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token store %1 could not be opened: %2. Nothing in it was changed.</source>
        <translation>トークンストア %1 を開けませんでした: %2。ストアの内容は変更されていません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>1 token</source>
        <translation>トークン 1 件</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n tokens</source>
        <translation>
            <numerusform>トークン %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n tokens shown</source>
        <translation>
            <numerusform>トークン %n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No token store is open.</source>
        <translation>トークンストアが開かれていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refreshing…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Token %1 refreshed.</source>
        <translation>トークン %1 を更新しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Token %1 was not refreshed: %2</source>
        <translation>トークン %1 を更新できませんでした: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revoke Token</source>
        <translation>トークンの取り消し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the token of %1 at Zoho?</source>
        <translation>%1 のトークンを Zoho で取り消しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apps and scripts that use it stop working until you sign in again.</source>
        <translation>このトークンを使うアプリやスクリプトは、再度サインインするまで動作しなくなります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke</source>
        <translation>取り消す(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the row (marked as needing a new sign-in)</source>
        <translation>行を残す (要サインインとして表示)(&amp;K)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Token %1 revoked.</source>
        <translation>トークン %1 を取り消しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The token was not revoked: %1. Nothing was changed.</source>
        <translation>トークンは取り消されませんでした: %1。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete Tokens</source>
        <translation>トークンの削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this token from the store? It stays valid at Zoho; use Revoke to end it there.</source>
        <translation>このトークンをストアから削除しますか? Zoho では有効なままです。Zoho 側で無効にするには「取り消し」を使ってください。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n tokens from the store? They stay valid at Zoho; use Revoke to end them there.</source>
        <translation>
            <numerusform>%n 件のトークンをストアから削除しますか? Zoho では有効なままです。Zoho 側で無効にするには「取り消し」を使ってください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token %1 was not deleted: %2</source>
        <translation>トークン %1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access token copied to the clipboard.</source>
        <translation>アクセストークンをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy Refresh Token</source>
        <translation>リフレッシュトークンのコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refresh token keeps working until it is revoked: anyone who gets it can use your Zoho data. Copy it to the clipboard?</source>
        <translation>リフレッシュトークンは取り消されるまで有効で、入手した人は誰でもあなたの Zoho のデータを使えます。クリップボードにコピーしますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh token copied to the clipboard.</source>
        <translation>リフレッシュトークンをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="-634"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API explorer</source>
        <translation>API エクスプローラー</translation>
    </message>
    <message>
        <location line="+246"/>
        <source>Show the tokens</source>
        <translation>トークンを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;API explorer</source>
        <translation>API エクスプローラー(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call the CRM API with a stored token</source>
        <translation>保存したトークンで CRM API を呼び出す</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&amp;Explorer</source>
        <translation>エクスプローラー(&amp;E)</translation>
    </message>
</context>
<context>
    <name>MemoryTokenStore</name>
    <message>
        <location filename="../stores/memorytokenstore.cpp" line="+56"/>
        <location line="+28"/>
        <source>no token with id %1</source>
        <translation>ID %1 のトークンはありません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>in-memory store of this process</source>
        <translation>このプロセスのメモリ内ストア</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/messagebanner.cpp" line="+15"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Message text</source>
        <translation>メッセージの本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the failed operation again</source>
        <translation>失敗した操作をもう一度実行します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>ModuleTableModel</name>
    <message>
        <location filename="../app/explorer/moduletablemodel.cpp" line="+37"/>
        <location line="+2"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>API name</source>
        <translation>API 名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Singular</source>
        <translation>単数形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plural</source>
        <translation>複数形</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creatable</source>
        <translation>作成可</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editable</source>
        <translation>編集可</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
</context>
<context>
    <name>OAuthCallbackListener</name>
    <message>
        <location filename="../app/core/oauthcallbacklistener.cpp" line="+190"/>
        <source>Request too large</source>
        <translation>リクエストが大きすぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request is larger than a sign-in callback can be.</source>
        <translation>このリクエストはサインインのコールバックとしては大きすぎます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bad request</source>
        <translation>不正なリクエスト</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Method not allowed</source>
        <translation>許可されていないメソッド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in callback only answers GET.</source>
        <translation>サインインのコールバックは GET にのみ応答します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in callback refused</source>
        <translation>サインインのコールバックを拒否しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The callback repeats one of its parameters.</source>
        <translation>コールバックのパラメーターが重複しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The callback has neither a code nor an error.</source>
        <translation>コールバックにコードもエラーも含まれていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The callback&apos;s state does not match this sign-in (an old tab or a forged link?).</source>
        <translation>コールバックの state がこのサインインと一致しません (古いタブか、偽造されたリンクではありませんか?)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The callback has no state.</source>
        <translation>コールバックに state がありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho reported &quot;%1&quot;. You can close this tab.</source>
        <translation>Zoho から「%1」が返されました。このタブは閉じてかまいません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorization received</source>
        <translation>認可を受け取りました</translation>
    </message>
</context>
<context>
    <name>OAuthError</name>
    <message>
        <location filename="../app/core/oautherror.cpp" line="+21"/>
        <source>Zoho answered invalid_code: the code or refresh token is expired, already used, revoked, or from another data center%1</source>
        <translation>Zoho の応答は invalid_code: コードまたはリフレッシュトークンが期限切れ、使用済み、取り消し済み、または別のデータセンターのものです%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho answered invalid_client: wrong client id or secret, or the client is not enabled for this data center%1</source>
        <translation>Zoho の応答は invalid_client: クライアント ID またはシークレットが正しくないか、このデータセンターでクライアントが有効になっていません%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho answered invalid_redirect_uri: the redirect URI differs from the one registered for the client%1</source>
        <translation>Zoho の応答は invalid_redirect_uri: リダイレクト URI がクライアントに登録されたものと異なります%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoho answered access_denied: access was refused, or too many grant codes were issued (10 per 10 minutes)%1</source>
        <translation>Zoho の応答は access_denied: アクセスが拒否されたか、発行されたグラントコードが多すぎます (10 分あたり 10 個まで)%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoho answered %1, its token throttle: too many access tokens for this refresh token (10 per 10 minutes); try again later%2</source>
        <translation>Zoho の応答は %1 (トークンの発行制限): このリフレッシュトークンに対するアクセストークンが多すぎます (10 分あたり 10 個まで)。後でもう一度お試しください%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoho answered %1%2</source>
        <translation>Zoho の応答: %1%2</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <location filename="../app/core/oauthsignin.cpp" line="+73"/>
        <source>no valid sign-in callback within %1 s; refused: %2</source>
        <translation>%1 秒以内に有効なサインインのコールバックがありません。拒否: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no sign-in callback within %1 s%2</source>
        <translation>%1 秒以内にサインインのコールバックがありません%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; refused: </source>
        <translation>。拒否: </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no data center or accounts URL given</source>
        <translation>データセンターもアカウント URL も指定されていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a client id and a client secret are needed to sign in</source>
        <translation>サインインにはクライアント ID とクライアントシークレットが必要です</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>the grant token is empty</source>
        <translation>グラントトークンが空です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the sign-in was cancelled</source>
        <translation>サインインはキャンセルされました</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>access was denied on Zoho&apos;s consent page%1</source>
        <translation>Zoho の同意ページでアクセスが拒否されました%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoho&apos;s authorization page answered %1%2</source>
        <translation>Zoho の認可ページの応答: %1%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the sign-in callback names the accounts server %1; refusing to send the code and client secret there</source>
        <translation>サインインのコールバックがアカウントサーバー %1 を指定しています。コードとクライアントシークレットはそこへ送信しません</translation>
    </message>
</context>
<context>
    <name>OrgBrowser</name>
    <message>
        <location filename="../ui/explorer/orgbrowser.cpp" line="+53"/>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click or Enter builds a list request with the module&apos;s fields</source>
        <translation>ダブルクリックか Enter キーで、モジュールの項目を使った一覧のリクエストを作成します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Filter fields</source>
        <translation>項目を絞り込み</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Org schema state</source>
        <translation>組織のスキーマの状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh modules and fields</source>
        <translation>モジュールと項目を更新</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose a token to see its org&apos;s modules.</source>
        <translation>トークンを選ぶと、その組織のモジュールが表示されます。</translation>
    </message>
</context>
<context>
    <name>PathProbe</name>
    <message>
        <location filename="../stores/pathprobe.cpp" line="+61"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 はファイルではなくフォルダーです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file</source>
        <translation>%1 は通常のファイルではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a symbolic link to %2, in a folder that does not exist</source>
        <translation>%1 は %2 へのシンボリックリンクですが、リンク先のフォルダーが存在しません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot look at %1: %2</source>
        <translation>%1 を調べられません: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the folder %1 does not exist</source>
        <translation>フォルダー %1 が存在しません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a symbolic link to %2, which does not exist</source>
        <translation>%1 は存在しない %2 へのシンボリックリンクです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot look at the folder %1: %2</source>
        <translation>フォルダー %1 を調べられません: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot create a file in the folder %1: %2</source>
        <translation>フォルダー %1 にファイルを作成できません: %2</translation>
    </message>
</context>
<context>
    <name>ProcessLock</name>
    <message>
        <location filename="../stores/fs/processlock.cpp" line="+51"/>
        <source>another process has held the lock %1 for more than %2 ms</source>
        <translation>別のプロセスがロック %1 を %2 ミリ秒以上保持しています</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>; nothing was written</source>
        <translation>。何も書き込んでいません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot lock %1: %2</source>
        <translation>%1 をロックできません: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>held by another process</source>
        <translation>別のプロセスが保持しています</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create the lock file</source>
        <translation>ロックファイルを作成できません</translation>
    </message>
</context>
<context>
    <name>QueryParameterDelegate</name>
    <message>
        <location filename="../ui/explorer/queryparameterdelegate.cpp" line="+22"/>
        <source>Parameter name</source>
        <translation>パラメーター名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value of %1</source>
        <translation>%1 の値</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggestions</source>
        <translation>候補</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../ui/explorer/requesteditor.cpp" line="+39"/>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below /crm/v8/, e.g. Leads or settings/fields; completes CRM v8 endpoints and the org&apos;s modules</source>
        <translation>/crm/v8/ 以下 (例: Leads、settings/fields)。CRM v8 のエンドポイントと組織のモジュールを補完します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads, settings/modules, coql …</source>
        <translation>Leads、settings/modules、coql …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stored token that signs the request: its user and data center</source>
        <translation>リクエストに使う保存済みトークン (ユーザーとデータセンター)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout per attempt</source>
        <translation>1 回あたりのタイムアウト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeout in seconds</source>
        <translation>タイムアウト (秒)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the request (Ctrl+Return)</source>
        <translation>リクエストを送信 (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the request</source>
        <translation>リクエストをキャンセル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Query parameters</source>
        <translation>クエリパラメーター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name and value per row; names and values complete as you type</source>
        <translation>1 行に名前と値を 1 組。名前と値は入力中に補完されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameter</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request parts</source>
        <translation>リクエストの構成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameters</source>
        <translation>パラメーター(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Body</source>
        <translation>本文(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;OQL</source>
        <translation>COQL(&amp;O)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Type a path; Ctrl+Return sends.</source>
        <translation>パスを入力してください。Ctrl+Return で送信します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — /crm/v8/%2</source>
        <translation>%1 — /crm/v8/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a CRM v8 endpoint the explorer knows; it is sent as written.</source>
        <translation>エクスプローラーが知らない CRM v8 のエンドポイントです。入力どおりに送信します。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Give a path, e.g. Leads.</source>
        <translation>パスを指定してください (例: Leads)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the token to sign the request with.</source>
        <translation>リクエストに使うトークンを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the COQL query (select … from …).</source>
        <translation>COQL クエリを入力してください (select … from …)。</translation>
    </message>
</context>
<context>
    <name>ResponseExplanation</name>
    <message>
        <location filename="../app/explorer/responseexplanation.cpp" line="+41"/>
        <source>Zoho asks to wait %1 s before the next call (Retry-After).</source>
        <translation>Zoho から、次の呼び出しまで %1 秒待つよう求められています (Retry-After)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rate-limit window resets at %1; try again then.</source>
        <translation>レート制限の時間枠は %1 にリセットされます。その後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoho names no time: wait a minute before trying again, and fewer calls at once (the limit counts concurrent calls and API credits per 24 h).</source>
        <translation>Zoho は待ち時間を示していません。1 分待ってから再試行し、同時に送る呼び出しを減らしてください (制限は同時呼び出し数と 24 時間あたりの API クレジットで数えられます)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Zoho rejected the access token (401 INVALID_TOKEN): it was refreshed and the call sent again.</source>
        <translation>Zoho がアクセストークンを拒否しました (401 INVALID_TOKEN)。トークンを更新して呼び出しを再送しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 records failed</source>
        <translation>%2 件中 %1 件のレコードが失敗しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record %1: %2 %3%4</source>
        <translation>レコード %1: %2 %3%4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoho CRM answered HTTP %1: %2</source>
        <translation>Zoho CRM が HTTP %1 を返しました: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoho CRM answered HTTP %1 %2: %3</source>
        <translation>Zoho CRM が HTTP %1 %2 を返しました: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A fault on Zoho&apos;s side: try again in a few seconds.</source>
        <translation>Zoho 側の障害です。数秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token lacks the scope this call needs: sign in again with it.</source>
        <translation>このトークンには、この呼び出しに必要なスコープがありません。そのスコープを指定してもう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token was refused even after a refresh: sign in again.</source>
        <translation>更新後もトークンが拒否されました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer from Zoho: %1</source>
        <translation>Zoho から応答がありません: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network; it is safe to try again in a few seconds.</source>
        <translation>ネットワークを確認してください。数秒後に再試行しても問題ありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No complete answer in time: %1</source>
        <translation>時間内に完全な応答がありませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again, or give the request a longer timeout. A write may have been done: look before sending it again.</source>
        <translation>もう一度試すか、リクエストのタイムアウトを長くしてください。書き込みが行われた可能性があるため、再送する前に確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No usable access token: %1</source>
        <translation>使えるアクセストークンがありません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The refresh token is no longer valid: sign in again.</source>
        <translation>リフレッシュトークンが無効になりました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho Accounts did not answer: try again in a few seconds.</source>
        <translation>Zoho Accounts から応答がありません。数秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer is not what Zoho CRM sends: %1</source>
        <translation>応答が Zoho CRM の送る形式ではありません: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again; if it stays so, the raw view shows what came.</source>
        <translation>もう一度お試しください。解決しない場合は、生データの表示で受信内容を確認できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <location filename="../ui/explorer/responseview.cpp" line="+37"/>
        <source>Find &amp;next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;value</source>
        <translation>値をコピー(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy JSON &amp;path</source>
        <translation>JSON パスをコピー(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ 前へ(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt ▶</source>
        <translation>次へ(&amp;X) ▶</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch &amp;all &amp;&amp; export…</source>
        <translation>すべて取得してエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Response status</source>
        <translation>応答のステータス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit and API credits</source>
        <translation>レート制限と API クレジット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What Zoho said</source>
        <translation>Zoho からのメッセージ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Response as a tree</source>
        <translation>ツリー表示の応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expand a node to see its children; Ctrl+C copies the value, Ctrl+Shift+C its JSON path</source>
        <translation>ノードを展開すると子要素が表示されます。Ctrl+C で値を、Ctrl+Shift+C で JSON パスをコピーします</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+37"/>
        <source>Copy value</source>
        <translation>値をコピー</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+36"/>
        <source>Copy JSON path</source>
        <translation>JSON パスをコピー</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Response as text</source>
        <translation>テキスト表示の応答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Response headers</source>
        <translation>応答ヘッダー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response views</source>
        <translation>応答の表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tree</source>
        <translation>ツリー(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Raw</source>
        <translation>生データ(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Headers</source>
        <translation>ヘッダー(&amp;H)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find in the response</source>
        <translation>応答内を検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the response (Ctrl+F, F3 for the next)</source>
        <translation>応答内を検索 (Ctrl+F、次を検索は F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records shown</source>
        <translation>表示中のレコード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch all pages and export</source>
        <translation>全ページを取得してエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch every page and write the records to a CSV or JSON file as they come</source>
        <translation>すべてのページを取得し、届いた順にレコードを CSV または JSON ファイルに書き出します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop fetching</source>
        <translation>取得を中止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch progress</source>
        <translation>取得の進行状況</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records fetched</source>
        <translation>取得したレコード</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No response yet: send a request.</source>
        <translation>まだ応答はありません。リクエストを送信してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sending %1 …</source>
        <translation>%1 を送信しています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 · %3 ms · %4</source>
        <translation>%1 %2 · %3 ミリ秒 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No answer · %1 ms</source>
        <translation>応答なし · %1 ミリ秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limits: %1</source>
        <translation>制限: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>

… the text is cut at %1; the tree holds all of it.</source>
        <translation>

… テキストは %1 で切り捨てています。ツリーにはすべて含まれます。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Starting …</source>
        <translation>開始しています…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1 on %n pages</source>
        <translation>
            <numerusform>%n ページで %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <location line="+9"/>
        <source>%n records</source>
        <translation>
            <numerusform>%n 件のレコード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Fetched %1 on %n pages in %2 s.</source>
        <translation>
            <numerusform>%n ページで %1 を %2 秒で取得しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopped: %1</source>
        <translation>中止しました: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped by an error: %1 %2</source>
        <translation>エラーで中止しました: %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Written to %1: a complete file of what was fetched.</source>
        <translation>%1 に書き出しました。取得した内容をすべて含む完全なファイルです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file could not be written (%1); nothing was left behind.</source>
        <translation>ファイルを書き込めませんでした (%1)。途中のファイルは残っていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was fetched, so no file was written.</source>
        <translation>何も取得しなかったため、ファイルは書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <location filename="../app/core/sandboxprocess.cpp" line="+21"/>
        <source>The sandbox could not be started: %1</source>
        <translation>サンドボックスを起動できませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sandbox stopped before it was ready (exit code %1).</source>
        <translation>サンドボックスは準備が整う前に終了しました (終了コード %1)。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The sandbox program (zcrm-sandbox) is not installed.</source>
        <translation>サンドボックスのプログラム (zcrm-sandbox) がインストールされていません。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The sandbox did not say where it listens.</source>
        <translation>サンドボックスが待ち受け先を通知しませんでした。</translation>
    </message>
</context>
<context>
    <name>SdkTokenFile</name>
    <message>
        <location filename="../stores/file/sdktokenfile.cpp" line="+45"/>
        <source>the id is empty</source>
        <translation>ID が空です</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 SDK CSV (%2, %3, %4 columns)</source>
        <translation>%1 SDK の CSV (%2、%3、%4 列)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not a Zoho SDK token file: the first line is not the header id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_uri,api_domain</source>
        <translation>Zoho SDK のトークンファイルではありません。1 行目がヘッダー id,user_name,client_id,client_secret,refresh_token,access_token,grant_token,expiry_time,redirect_uri,api_domain ではありません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 fields where the header has %2 (a torn or hand-edited row)</source>
        <translation>ヘッダーは %2 列なのにフィールドが %1 個あります (途中で切れたか、手で編集された行)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>id %1 appears again (first on line %2)</source>
        <translation>ID %1 が再び出現しました (最初は %2 行目)</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../ui/secretfield.cpp" line="+26"/>
        <location line="+11"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Show %1</source>
        <translation>%1を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows or hides the %1 as plain text</source>
        <translation>%1を平文で表示するか伏せるかを切り替えます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the %1</source>
        <translation>%1の表示/非表示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide</source>
        <translation>隠す</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+28"/>
        <location line="+1"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh lead, minutes</source>
        <translation>事前更新の時間 (分)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long before a token expires it is refreshed: the minutes</source>
        <translation>トークンを期限切れのどれだけ前に更新するか (分)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh lead, seconds</source>
        <translation>事前更新の時間 (秒)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long before a token expires it is refreshed: the seconds</source>
        <translation>トークンを期限切れのどれだけ前に更新するか (秒)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tokens are refreshed this long before they expire (at least 5 seconds).</source>
        <translation>トークンは期限切れのこの時間だけ前に更新されます (5 秒以上)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh before expiry:</source>
        <translation>期限前の更新(&amp;R):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: the OS keychain where one answers, else SQLite in your data folder</source>
        <translation>空欄: OS のキーチェーンが使えればそれを、なければデータフォルダー内の SQLite を使います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default store</source>
        <translation>既定のストア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store spec opened at start; empty for the automatic choice</source>
        <translation>起動時に開くストアの指定。空欄なら自動で選びます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the default store</source>
        <translation>既定のストアを選択</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default &amp;store:</source>
        <translation>既定のストア(&amp;S):</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies after a restart</source>
        <translation>再起動後に反映されます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applies after a restart.</source>
        <translation>再起動後に反映されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light or dark; applies at once</source>
        <translation>ライトまたはダーク。すぐに反映されます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Refresh at least 5 seconds before expiry, or a token may expire before its refresh is back.</source>
        <translation>期限切れの 5 秒以上前に更新してください。そうしないと、更新が終わる前にトークンの期限が切れることがあります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a store this build knows. Use Choose… to pick one.</source>
        <translation>「%1」はこのビルドで扱えるストアではありません。「選択…」でストアを選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password never goes into the settings. Use Choose… to keep it in the OS keychain.</source>
        <translation>パスワードは設定には保存されません。「選択…」を使って OS のキーチェーンに保管してください。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Closing the window keeps ZCRM Explorer in the tray, where it keeps your tokens fresh; Quit is in the tray&apos;s menu.</source>
        <translation>ウィンドウを閉じても ZCRM Explorer はトレイに残り、トークンを最新の状態に保ちます。「終了」はトレイのメニューにあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system tray was found (GNOME, for one, has none without an extension): closing the window quits, and tokens are kept fresh only while it is open. Servers can run “zcrm refresh --watch” instead.</source>
        <translation>システムトレイが見つかりません (GNOME などは拡張機能なしではトレイがありません)。ウィンドウを閉じると終了し、トークンはウィンドウを開いている間だけ更新されます。サーバーでは代わりに「zcrm refresh --watch」を実行できます。</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>Start at &amp;login, in the tray</source>
        <translation>ログイン時にトレイで起動(&amp;A)</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>Start at login cannot be set: %1</source>
        <translation>ログイン時の起動を設定できません: %1</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts ZCRM Explorer in the tray when you log in, so that your tokens stay fresh</source>
        <translation>ログイン時に ZCRM Explorer をトレイで起動し、トークンを最新の状態に保ちます</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tray:</source>
        <translation>トレイ:</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>When tokens are refreshed, the default store, the language, the theme and the start at login</source>
        <translation>トークンの更新タイミング、既定のストア、言語、テーマ、ログイン時の起動</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.cpp" line="+39"/>
        <source>Read and write the records of every module</source>
        <translation>すべてのモジュールのレコードの読み書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the records of every module</source>
        <translation>すべてのモジュールのレコードの読み取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read leads</source>
        <translation>見込み客の読み取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read contacts</source>
        <translation>連絡先の読み取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read accounts</source>
        <translation>取引先の読み取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read deals</source>
        <translation>商談の読み取り</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read and change the CRM&apos;s settings and metadata</source>
        <translation>CRM の設定とメタデータの読み取りと変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the list of modules</source>
        <translation>モジュール一覧の読み取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the fields of modules</source>
        <translation>モジュールの項目の読み取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the layouts of modules</source>
        <translation>モジュールのレイアウトの読み取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the CRM&apos;s users</source>
        <translation>CRM のユーザーの読み取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and manage the CRM&apos;s users</source>
        <translation>CRM のユーザーの読み取りと管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the organization&apos;s details</source>
        <translation>組織の詳細の読み取り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run COQL queries</source>
        <translation>COQL クエリの実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulk read and write jobs</source>
        <translation>一括読み取り・書き込みジョブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscribe to change notifications</source>
        <translation>変更通知の購読</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download attached files</source>
        <translation>添付ファイルのダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read your Zoho profile (name, e-mail)</source>
        <translation>Zoho プロフィール (名前、メールアドレス) の読み取り</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign In to Zoho CRM</source>
        <translation>Zoho CRM にサインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to Zoho CRM</source>
        <translation>Zoho CRM にサインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where and with which client to sign in; your browser then asks you to approve access</source>
        <translation>サインイン先と使用するクライアントを選びます。その後、ブラウザーでアクセスの承認を求められます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Sign In</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens your browser to approve access</source>
        <translation>ブラウザーを開いてアクセスを承認します</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>ZCRM Explorer opens your browser, where you approve access to Zoho CRM. The token is then kept in the current store and refreshed before it expires. No Zoho account? Choose “Sandbox (offline demo)”.</source>
        <translation>ZCRM Explorer がブラウザーを開くので、そこで Zoho CRM へのアクセスを承認してください。トークンは現在のストアに保管され、期限が切れる前に更新されます。Zoho アカウントがない場合は「サンドボックス (オフラインデモ)」を選んでください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX</source>
        <translation>1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client ID from the Zoho API console</source>
        <translation>Zoho API コンソールに表示されるクライアント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lient ID:</source>
        <translation>クライアント ID(&amp;L):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client secret from the Zoho API console; masked until you choose Show</source>
        <translation>Zoho API コンソールに表示されるクライアントシークレット。「表示」を選ぶまで伏せられます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client secre&amp;t:</source>
        <translation>クライアントシークレット(&amp;T):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The permissions to ask for; check or uncheck with Space</source>
        <translation>要求する権限。スペースキーでオン/オフを切り替えます</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>S&amp;copes:</source>
        <translation>スコープ(&amp;C):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. ZohoCRM.modules.custom.READ, ZohoCRM.Files.CREATE</source>
        <translation>例: ZohoCRM.modules.custom.READ, ZohoCRM.Files.CREATE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other scopes</source>
        <translation>その他のスコープ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More scopes to ask for, separated by commas or spaces</source>
        <translation>追加で要求するスコープ (カンマまたはスペース区切り)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other scopes:</source>
        <translation>その他のスコープ(&amp;O):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any free port</source>
        <translation>任意の空きポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect port</source>
        <translation>リダイレクトポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port of the redirect URI on this computer; 0 picks any free port</source>
        <translation>このコンピューター上のリダイレクト URI のポート。0 にすると空いているポートを選びます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Redirect port:</source>
        <translation>リダイレクトポート(&amp;R):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Waiting for you to approve access in your browser…</source>
        <translation>ブラウザーでのアクセス承認を待っています…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Waiting for the browser</source>
        <translation>ブラウザーを待機中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your browser shows Zoho&apos;s consent page. Approve access there; this window continues by itself. If no browser opened, copy this address into one:</source>
        <translation>ブラウザーに Zoho の同意ページが表示されます。そこでアクセスを承認すると、このウィンドウは自動で先に進みます。ブラウザーが開かない場合は、このアドレスをブラウザーにコピーしてください:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preparing the sign-in…</source>
        <translation>サインインを準備しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization address</source>
        <translation>認可アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of Zoho&apos;s consent page for this sign-in</source>
        <translation>このサインイン用の Zoho 同意ページのアドレス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;py</source>
        <translation>コピー(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy the authorization address</source>
        <translation>認可アドレスをコピー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address was copied. Paste it into your browser.</source>
        <translation>アドレスをコピーしました。ブラウザーに貼り付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A free port is picked for each sign-in; the sandbox accepts any port.</source>
        <translation>サインインごとに空きポートが選ばれます。サンドボックスはどのポートでも受け付けます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sandbox accepts %1, and any other port.</source>
        <translation>サンドボックスは %1 も、その他のポートも受け付けます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A free port is picked for each sign-in; only works with clients that accept any port (as the sandbox does).</source>
        <translation>サインインごとに空きポートが選ばれます。(サンドボックスのように) 任意のポートを受け付けるクライアントでのみ使えます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register %1 as the client&apos;s redirect URI.</source>
        <translation>%1 をクライアントのリダイレクト URI として登録してください。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The sandbox is still starting. Sign in again in a moment.</source>
        <translation>サンドボックスはまだ起動中です。少し待ってからもう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+174"/>
        <source>The sandbox is not part of this installation.</source>
        <translation>このインストールにはサンドボックスが含まれていません。</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Enter the client ID. You find it in the Zoho API console (api-console.zoho.com) under your client.</source>
        <translation>クライアント ID を入力してください。Zoho API コンソール (api-console.zoho.com) のクライアントの画面で確認できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the client secret. It is shown in the Zoho API console next to the client ID.</source>
        <translation>クライアントシークレットを入力してください。Zoho API コンソールのクライアント ID の隣に表示されています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a scope. Scopes look like ZohoCRM.modules.ALL.</source>
        <translation>「%1」はスコープではありません。スコープは ZohoCRM.modules.ALL のような形式です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one scope, for example ZohoCRM.modules.ALL.</source>
        <translation>スコープを 1 つ以上選んでください (例: ZohoCRM.modules.ALL)。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The sign-in was cancelled. Nothing was saved.</source>
        <translation>サインインはキャンセルされました。何も保存されていません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You are signed in, but the token could not be saved. %1</source>
        <translation>サインインしましたが、トークンを保存できませんでした。%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window without signing in</source>
        <translation>サインインせずにこのウィンドウを閉じます</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Cancel Sign-In</source>
        <translation>サインインを中止(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops waiting for the browser</source>
        <translation>ブラウザーの待機をやめます</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Starting the sandbox on this computer…</source>
        <translation>このコンピューターでサンドボックスを起動しています…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sandbox runs on this computer and plays Zoho with made-up data: sign in to see the whole product without a Zoho account.</source>
        <translation>サンドボックスはこのコンピューター上で動作し、架空のデータで Zoho の代わりをします。サインインすれば、Zoho アカウントなしで製品全体を試せます。</translation>
    </message>
</context>
<context>
    <name>SqlServerConnection</name>
    <message>
        <location filename="../stores/sql/sqlserverconnection.cpp" line="+43"/>
        <source>Qt&apos;s %1 driver is not installed (package %2)</source>
        <translation>Qt の %1 ドライバーがインストールされていません (パッケージ %2)</translation>
    </message>
</context>
<context>
    <name>SqlServerSpec</name>
    <message>
        <location filename="../stores/sql/sqlserverspec.cpp" line="+70"/>
        <source>not a MySQL or PostgreSQL store spec</source>
        <translation>MySQL や PostgreSQL のストア指定ではありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a password in the store spec is refused, because specs are saved in settings and shown in logs; set ZCRM_DB_PASSWORD instead</source>
        <translation>ストア指定は設定に保存され、ログにも表示されるため、ストア指定内のパスワードは受け付けません。代わりに ZCRM_DB_PASSWORD を設定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected %1</source>
        <translation>想定される形式: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a valid URL; expected %1</source>
        <translation>有効な URL ではありません。想定される形式: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &quot;#&quot; part; expected %1</source>
        <translation>予期しない「#」部分があります。想定される形式: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>port 0 is not a valid port</source>
        <translation>ポート 0 は有効なポートではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the path must be one database name; expected %1</source>
        <translation>パスは 1 つのデータベース名にしてください。想定される形式: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>table name %1 is not allowed: use letters, digits and &quot;_&quot;, not starting with a digit, at most 40 characters</source>
        <translation>テーブル名 %1 は使えません。英字、数字、「_」を使い、数字で始めず、40 文字以内にしてください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a password in the store spec is refused; set ZCRM_DB_PASSWORD instead</source>
        <translation>ストア指定内のパスワードは受け付けません。代わりに ZCRM_DB_PASSWORD を設定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown option %1; the only option is table=NAME</source>
        <translation>不明なオプション %1 です。使えるオプションは table=NAME だけです</translation>
    </message>
</context>
<context>
    <name>SqlServerTokenStore</name>
    <message>
        <location filename="../stores/sql/sqlserverstores.cpp" line="+47"/>
        <source>MySQL or MariaDB, the SDK DBStore&apos;s table (default root@localhost:3306, database zohooauth, table oauthtoken); password from ZCRM_DB_PASSWORD or the OS keychain</source>
        <translation>MySQL または MariaDB の SDK DBStore テーブル (既定値 root@localhost:3306、データベース zohooauth、テーブル oauthtoken)。パスワードは ZCRM_DB_PASSWORD か OS のキーチェーンから取得</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PostgreSQL, the same table (default postgres@localhost:5432, database zohooauth, table oauthtoken); password from ZCRM_DB_PASSWORD or the OS keychain</source>
        <translation>PostgreSQL の同じテーブル (既定値 postgres@localhost:5432、データベース zohooauth、テーブル oauthtoken)。パスワードは ZCRM_DB_PASSWORD か OS のキーチェーンから取得</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same as mysql://</source>
        <translation>mysql:// と同じ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>same as postgresql://</source>
        <translation>postgresql:// と同じ</translation>
    </message>
    <message>
        <location filename="../stores/sql/sqlservertokenstore.cpp" line="+112"/>
        <source>cannot connect to %1 at %2:%3 as %4 (database %5)</source>
        <translation>%2:%3 の %1 に %4 として接続できません (データベース %5)</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+481"/>
        <location line="+46"/>
        <location line="+162"/>
        <source>cannot start a transaction</source>
        <translation>トランザクションを開始できません</translation>
    </message>
    <message>
        <location line="-684"/>
        <source>cannot lock the schema</source>
        <translation>スキーマをロックできません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another process kept the schema locked for 30 s</source>
        <translation>別のプロセスがスキーマを 30 秒間ロックしたままでした</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot commit the schema</source>
        <translation>スキーマをコミットできません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the columns of %1</source>
        <translation>%1 の列を読み取れません</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <location line="+102"/>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>cannot create table %1</source>
        <translation>テーブル %1 を作成できません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>table %1 exists but is not a token table: it has no column %2; it was left as it is</source>
        <translation>テーブル %1 は存在しますが、列 %2 がないためトークンのテーブルではありません。手を加えていません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot add column %1 to %2</source>
        <translation>%2 に列 %1 を追加できません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot index %1.%2</source>
        <translation>%1.%2 にインデックスを作成できません</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>cannot read the indexes of %1</source>
        <translation>%1 のインデックスを読み取れません</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+546"/>
        <source>cannot read the schema version</source>
        <translation>スキーマのバージョンを読み取れません</translation>
    </message>
    <message>
        <location line="-524"/>
        <source>cannot record the schema version</source>
        <translation>スキーマのバージョンを記録できません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create the change counter of %1</source>
        <translation>%1 の変更カウンターを作成できません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the triggers of %1</source>
        <translation>%1 のトリガーを読み取れません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot create a savepoint</source>
        <translation>セーブポイントを作成できません</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot count the change</source>
        <translation>変更をカウントできません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the change counter</source>
        <translation>変更カウンターを読み取れません</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot look the token up</source>
        <translation>トークンを検索できません</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+331"/>
        <source>cannot read token %1</source>
        <translation>トークン %1 を読み取れません</translation>
    </message>
    <message>
        <location line="-280"/>
        <location line="+24"/>
        <location line="+181"/>
        <location line="+38"/>
        <source>cannot commit</source>
        <translation>コミットできません</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>cannot update token %1</source>
        <translation>トークン %1 を更新できません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Given user authentication details not found, and the token has no refresh, grant or access token to store</source>
        <translation>指定されたユーザー認証情報が見つからず、トークンには保存するリフレッシュトークン、グラントトークン、アクセストークンのいずれもありません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no token id is left after %1; save it with a free --id</source>
        <translation>%1 の後に使えるトークン ID がありません。空いている --id を指定して保存してください</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot insert token %1</source>
        <translation>トークン %1 を挿入できません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot record the next id</source>
        <translation>次の ID を記録できません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot lock table %1</source>
        <translation>テーブル %1 をロックできません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the next id</source>
        <translation>次の ID を読み取れません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot compute the next id</source>
        <translation>次の ID を算出できません</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <location line="+58"/>
        <location line="+30"/>
        <source>no token with id %1</source>
        <translation>ID %1 のトークンはありません</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>cannot delete token %1</source>
        <translation>トークン %1 を削除できません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot read the tokens</source>
        <translation>トークンを読み取れません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot delete the tokens</source>
        <translation>トークンを削除できません</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot take the lease of token %1</source>
        <translation>トークン %1 のリースを取得できません</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>cannot release the lease of token %1</source>
        <translation>トークン %1 のリースを解放できません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot count the tokens</source>
        <translation>トークンを数えられません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 %2, database %3, table %4</source>
        <translation>%1 %2、データベース %3、テーブル %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; changes counted by our own writers only, not a Zoho SDK&apos;s (the server refused triggers: %1)</source>
        <translation>。変更は自身の書き込みだけでカウントされ、Zoho SDK による変更はカウントされません (サーバーがトリガーを拒否しました: %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; changes counted by triggers</source>
        <translation>。変更はトリガーでカウントされます</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>; not writable: </source>
        <translation>。書き込み不可: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a test insert failed</source>
        <translation>テスト用の挿入に失敗しました</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <location filename="../stores/sqlite/sqliteconnection.cpp" line="+41"/>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite)</source>
        <translation>Qt の SQLite ドライバーがインストールされていません (パッケージ libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>switched off</source>
        <translation>無効</translation>
    </message>
</context>
<context>
    <name>SqliteDriverHandle</name>
    <message>
        <location filename="../stores/sqlite/sqlitedriverhandle.cpp" line="+41"/>
        <source>cannot tell which library holds Qt&apos;s SQLite driver</source>
        <translation>Qt の SQLite ドライバーを含むライブラリを特定できません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot look into %1</source>
        <translation>%1 の中を調べられません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 uses another copy of SQLite</source>
        <translation>%1 は別の SQLite のコピーを使っています</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Qt&apos;s SQLite driver gives no SQLite handle</source>
        <translation>Qt の SQLite ドライバーが SQLite のハンドルを返しません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>built without SQLite&apos;s headers</source>
        <translation>SQLite のヘッダーなしでビルドされています</translation>
    </message>
</context>
<context>
    <name>SqliteSchema</name>
    <message>
        <location filename="../stores/sqlite/sqliteschema.cpp" line="+53"/>
        <source>cannot read the schema (%1)</source>
        <translation>スキーマを読み取れません (%1)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the database is damaged (PRAGMA quick_check: %1)</source>
        <translation>データベースが破損しています (PRAGMA quick_check: %1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its oauthtoken is a %1, not a table: not a token store</source>
        <translation>oauthtoken がテーブルではなく %1 です。トークンストアではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its oauthtoken is a virtual table, not a plain table: not a token store</source>
        <translation>oauthtoken が通常のテーブルではなく仮想テーブルです。トークンストアではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its oauthtoken table has no rowid (WITHOUT ROWID): not a token store</source>
        <translation>oauthtoken テーブルに rowid がありません (WITHOUT ROWID)。トークンストアではありません</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>its oauthtoken table has no primary key and id %1 is on more than one row</source>
        <translation>oauthtoken テーブルに主キーがなく、ID %1 が複数の行にあります</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>written by a newer ZCRM Explorer (schema %1; this one knows up to %2)</source>
        <translation>より新しい ZCRM Explorer で書き込まれています (スキーマ %1。このバージョンが扱えるのは %2 まで)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>its oauthtoken table does not start with the Zoho SDK&apos;s ten columns (it has %1)</source>
        <translation>oauthtoken テーブルの先頭が Zoho SDK の 10 列になっていません (列: %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it holds other tables (%1) and no oauthtoken table: not a token store</source>
        <translation>他のテーブル (%1) があり、oauthtoken テーブルがありません。トークンストアではありません</translation>
    </message>
</context>
<context>
    <name>SqliteTokenStore</name>
    <message>
        <location filename="../stores/sqlite/sqlitestoreregistration.cpp" line="+10"/>
        <source>SQLite file; table oauthtoken as the Zoho SDK samples create it (opens their zohooauth.db)</source>
        <translation>SQLite ファイル。Zoho SDK のサンプルが作るものと同じ oauthtoken テーブル (サンプルの zohooauth.db を開けます)</translation>
    </message>
    <message>
        <location filename="../stores/sqlite/sqlitetokenstore.cpp" line="+82"/>
        <source>no file named; use sqlite:PATH</source>
        <translation>ファイルが指定されていません。sqlite:PATH の形で指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; nothing was read or written</source>
        <translation>。何も読み書きしていません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot create folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a folder</source>
        <translation>%1 はフォルダーです</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a symbolic link to %2, which does not exist; nothing was created</source>
        <translation>%1 は存在しない %2 へのシンボリックリンクです。何も作成していません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot create the file: %1</source>
        <translation>ファイルを作成できません: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an SQLite database; the file was left as it is</source>
        <translation>SQLite データベースではありません。ファイルには手を加えていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its pages reserve %1 bytes for an SQLite extension (encryption or checksums) this store does not have; the file was left as it is</source>
        <translation>このファイルのページは、このストアにない SQLite 拡張 (暗号化やチェックサム) のために %1 バイトを予約しています。ファイルには手を加えていません</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>; the file was left as it is</source>
        <translation>。ファイルには手を加えていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is read-only and its table needs our columns first; the file was left as it is</source>
        <translation>ファイルは読み取り専用ですが、テーブルにはまず独自の列の追加が必要です。ファイルには手を加えていません</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+610"/>
        <source>statements on SQLite&apos;s handle</source>
        <translation>SQLite のハンドルで文を実行</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>statements through QSqlQuery: </source>
        <translation>QSqlQuery で文を実行: </translation>
    </message>
    <message>
        <location line="+105"/>
        <source>the database is locked by another process beyond %1 ms; try again</source>
        <translation>データベースが別のプロセスによって %1 ミリ秒を超えてロックされています。もう一度お試しください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file is read-only (%1)</source>
        <translation>ファイルは読み取り専用です (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the database is damaged (%1); the file was left as it is</source>
        <translation>データベースが破損しています (%1)。ファイルには手を加えていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open the file (%1)</source>
        <translation>ファイルを開けません (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLite error %1: %2</source>
        <translation>SQLite のエラー %1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the file is read-only (no write permission)</source>
        <translation>ファイルは読み取り専用です (書き込み権限がありません)</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>no token id is left after %1; save it with a free --id</source>
        <translation>%1 の後に使えるトークン ID がありません。空いている --id を指定して保存してください</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>id %1 is on %2 rows (the table has no primary key); nothing was saved</source>
        <translation>ID %1 が %2 行にあります (テーブルに主キーがありません)。何も保存していません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Given user authentication details not found, and the token has no refresh, grant or access token to store</source>
        <translation>指定されたユーザー認証情報が見つからず、トークンには保存するリフレッシュトークン、グラントトークン、アクセストークンのいずれもありません</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+120"/>
        <source>no token with id %1</source>
        <translation>ID %1 のトークンはありません</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>id %1 is on %2 rows (the table has no primary key); nothing was deleted</source>
        <translation>ID %1 が %2 行にあります (テーブルに主キーがありません)。何も削除していません</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>journal mode %1</source>
        <translation>ジャーナルモード %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not writable: </source>
        <translation>書き込み不可: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>other users may read the file (not 0600)</source>
        <translation>他のユーザーがファイルを読めます (0600 ではありません)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rows cached for this thread</source>
        <translation>このスレッドで %1 行をキャッシュ済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>statements through QSqlQuery (%1)</source>
        <translation>QSqlQuery で文を実行 (%1)</translation>
    </message>
</context>
<context>
    <name>StoreChooserDialog</name>
    <message>
        <location filename="../ui/storechooserdialog.cpp" line="+28"/>
        <source>Choose where ZCRM Explorer reads and keeps tokens. The Zoho SDKs and the command line can share the same store.</source>
        <translation>ZCRM Explorer がトークンを読み込み、保管する場所を選びます。Zoho SDK やコマンドラインと同じストアを共有できます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Make this my default store</source>
        <translation>既定のストアにする(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make this my default store</source>
        <translation>既定のストアにする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens this store when ZCRM Explorer starts</source>
        <translation>ZCRM Explorer の起動時にこのストアを開きます</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+29"/>
        <source>&amp;Open Store</source>
        <translation>ストアを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose the Default Store</source>
        <translation>既定のストアの選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch Store</source>
        <translation>ストアの切り替え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the default store</source>
        <translation>既定のストアを選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Switch store</source>
        <translation>ストアを切り替え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a token store by its kind and details</source>
        <translation>種類と詳細を指定してトークンストアを選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose</source>
        <translation>選択(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uses this store as the default</source>
        <translation>このストアを既定として使います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens this store in the main window</source>
        <translation>このストアをメインウィンドウで開きます</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Keeping the password in the OS keychain…</source>
        <translation>パスワードを OS のキーチェーンに保管しています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password could not be kept in the OS keychain, so the store was not opened. %1</source>
        <translation>パスワードを OS のキーチェーンに保管できなかったため、ストアを開きませんでした。%1</translation>
    </message>
</context>
<context>
    <name>StoreRegistry</name>
    <message>
        <location filename="../stores/builtinstores.cpp" line="+24"/>
        <source>in this process only, gone when it exits</source>
        <translation>このプロセス内のみ。終了すると消えます</translation>
    </message>
    <message>
        <location filename="../stores/storeregistry.cpp" line="+47"/>
        <source>this kind of store takes no password</source>
        <translation>この種類のストアにはパスワードを指定できません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>this build has no keychain for database passwords</source>
        <translation>このビルドにはデータベースのパスワード用のキーチェーンがありません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown store spec; use one of: %1</source>
        <translation>不明なストア指定です。次のいずれかを使ってください: %1</translation>
    </message>
</context>
<context>
    <name>StoreSpecEditor</name>
    <message>
        <location filename="../ui/storespeceditor.cpp" line="+59"/>
        <source>Kind of store</source>
        <translation>ストアの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the tokens are kept</source>
        <translation>トークンの保管場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind of store:</source>
        <translation>ストアの種類(&amp;K):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The path of the store&apos;s file</source>
        <translation>ストアのファイルのパス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for the file</source>
        <translation>ファイルを参照</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default (zcrm-explorer)</source>
        <translation>既定 (zcrm-explorer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keychain service</source>
        <translation>キーチェーンのサービス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service name the tokens are filed under; empty for the default</source>
        <translation>トークンを保管するサービス名。空欄なら既定値を使います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server host</source>
        <translation>サーバーのホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server port</source>
        <translation>サーバーのポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token table; letters, digits and underscores</source>
        <translation>トークンのテーブル。英字、数字、アンダースコアが使えます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Table:</source>
        <translation>テーブル(&amp;T):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database password</source>
        <translation>データベースのパスワード</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database password</source>
        <translation>データベースのパスワード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the OS keychain, never in the settings or the spec; empty to keep the saved one</source>
        <translation>OS のキーチェーンに保管され、設定やストア指定には含まれません。空欄なら保存済みのものをそのまま使います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is kept in the OS keychain, never in the settings or the spec.</source>
        <translation>パスワードは OS のキーチェーンに保管され、設定やストア指定には含まれません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Store details</source>
        <translation>ストアの詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What follows the scheme in the store spec</source>
        <translation>ストア指定のスキームに続く部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;etails:</source>
        <translation>詳細(&amp;E):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Store spec</source>
        <translation>ストア指定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store spec these fields make; it never holds a password</source>
        <translation>これらの項目から作られるストア指定。パスワードは含まれません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store s&amp;pec:</source>
        <translation>ストア指定(&amp;P):</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>OS keychain</source>
        <translation>OS のキーチェーン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite database file</source>
        <translation>SQLite データベースファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho SDK token file (CSV)</source>
        <translation>Zoho SDK のトークンファイル (CSV)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MySQL server</source>
        <translation>MySQL サーバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MariaDB server</source>
        <translation>MariaDB サーバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL サーバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In memory only</source>
        <translation>メモリ内のみ</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The Secret Service, macOS Keychain or Windows Credential Manager: your login protects the secrets.</source>
        <translation>Secret Service、macOS のキーチェーン、または Windows 資格情報マネージャー。OS へのログインで秘密情報が守られます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One file on this computer, in the layout the Zoho SDK samples use (their zohooauth.db opens as it is). Created readable by you only.</source>
        <translation>このコンピューター上の 1 つのファイルで、Zoho SDK のサンプルと同じ構成です (サンプルの zohooauth.db もそのまま開けます)。本人だけが読めるように作成されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Zoho SDK&apos;s token file (sdk_tokens.txt), shared with the Python and Java SDKs. Created readable by you only.</source>
        <translation>Zoho SDK のトークンファイル (sdk_tokens.txt) で、Python と Java の SDK と共有できます。本人だけが読めるように作成されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Zoho SDK DBStore table on a MySQL or MariaDB server; empty fields take the SDK&apos;s defaults (root@localhost:3306, database zohooauth, table oauthtoken).</source>
        <translation>MySQL または MariaDB サーバー上の Zoho SDK の DBStore テーブル。空欄の項目には SDK の既定値 (root@localhost:3306、データベース zohooauth、テーブル oauthtoken) が使われます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same table on a PostgreSQL server; empty fields take the defaults (postgres@localhost:5432, database zohooauth, table oauthtoken).</source>
        <translation>PostgreSQL サーバー上の同じテーブル。空欄の項目には既定値 (postgres@localhost:5432、データベース zohooauth、テーブル oauthtoken) が使われます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept in this program only, and gone when it quits: for trying things out.</source>
        <translation>このプログラム内だけに保持され、終了すると消えます。お試し用です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (written as %2)</source>
        <translation>%1 (%2 と記述)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>e.g. %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Choose a kind of store.</source>
        <translation>ストアの種類を選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the file: type its path or use Browse….</source>
        <translation>ファイルを選んでください。パスを入力するか「参照…」を使います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is a folder; choose a file in it.</source>
        <translation>「%1」はフォルダーです。その中のファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A keychain service name has no spaces or slashes.</source>
        <translation>キーチェーンのサービス名にはスペースやスラッシュを使えません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The host is a name or an address, such as db.example.com or 127.0.0.1.</source>
        <translation>ホストには db.example.com や 127.0.0.1 のような名前またはアドレスを指定します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name cannot contain “:”, “@” or “/”; the password has its own field.</source>
        <translation>ユーザー名に「:」「@」「/」は使えません。パスワードは専用の欄に入力します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is one name, without “/” or “?”.</source>
        <translation>データベースは「/」や「?」を含まない 1 つの名前です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The table name may have letters, digits and “_”, not start with a digit, and have at most 40 characters.</source>
        <translation>テーブル名には英字、数字、「_」が使えます。数字で始めることはできず、40 文字以内です。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Choose the Token File</source>
        <translation>トークンファイルの選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the SQLite Database</source>
        <translation>SQLite データベースの選択</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token files (*.txt *.csv)</source>
        <translation>トークンファイル (*.txt *.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite databases (*.db *.sqlite *.sqlite3)</source>
        <translation>SQLite データベース (*.db *.sqlite *.sqlite3)</translation>
    </message>
</context>
<context>
    <name>TokenChoiceModel</name>
    <message>
        <location filename="../ui/explorer/tokenchoicemodel.cpp" line="+47"/>
        <source>custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, data center %2, %3</source>
        <translation>%1、データセンター %2、%3</translation>
    </message>
</context>
<context>
    <name>TokenDetailPane</name>
    <message>
        <location filename="../ui/tokendetailpane.cpp" line="+25"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Token details</source>
        <translation>トークンの詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+109"/>
        <source>Select a token to see its details.</source>
        <translation>詳細を表示するトークンを選択してください。</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>No token selected</source>
        <translation>トークンが選択されていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Token fields</source>
        <translation>トークンの項目</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status:</source>
        <translation>ステータス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires:</source>
        <translation>有効期限:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access token expiry</source>
        <translation>アクセストークンの有効期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data center:</source>
        <translation>データセンター:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Data center and environment</source>
        <translation>データセンターと環境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshes at:</source>
        <translation>更新先:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounts server that refreshes this token</source>
        <translation>このトークンを更新するアカウントサーバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API domain:</source>
        <translation>API ドメイン:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API domain</source>
        <translation>API ドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client ID:</source>
        <translation>クライアント ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret:</source>
        <translation>クライアントシークレット:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access token:</source>
        <translation>アクセストークン:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh token:</source>
        <translation>リフレッシュトークン:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refresh token</source>
        <translation>リフレッシュトークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant token:</source>
        <translation>グラントトークン:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grant token</source>
        <translation>グラントトークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect URL:</source>
        <translation>リダイレクト URL:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redirect URL</source>
        <translation>リダイレクト URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Granted scopes</source>
        <translation>付与されたスコープ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last saved:</source>
        <translation>最終保存日時:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last saved</source>
        <translation>最終保存日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store ID:</source>
        <translation>ストア ID:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Store ID</source>
        <translation>ストア ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last error:</source>
        <translation>最後のエラー:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Show or hide the value</source>
        <translation>値の表示/非表示を切り替え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show %1</source>
        <translation>%1を表示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>%1をコピー</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>custom (%1)</source>
        <translation>カスタム (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none (Self Client)</source>
        <translation>なし (Self Client)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing: the token is ready to use.</source>
        <translation>不要です。トークンはそのまま使えます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no access token</source>
        <translation>アクセストークンなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TokenEndpointClient</name>
    <message>
        <location filename="../app/core/tokenendpointclient.cpp" line="+118"/>
        <source>the accounts server&apos;s answer to the revocation (HTTP %1) is not a JSON object</source>
        <translation>取り消しに対するアカウントサーバーの応答 (HTTP %1) が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoho refused the revocation (HTTP %1, status &quot;%2&quot;)%3</source>
        <translation>Zoho が取り消しを拒否しました (HTTP %1、ステータス「%2」)%3</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>no answer from %1 within %2 s (%3)</source>
        <translation>%2 秒以内に %1 から応答がありません (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot reach the accounts server %1: %2</source>
        <translation>アカウントサーバー %1 に接続できません: %2</translation>
    </message>
</context>
<context>
    <name>TokenExtrasFile</name>
    <message>
        <location filename="../stores/file/tokenextrasfile.cpp" line="+63"/>
        <source>not a zcrm sidecar file: the first line is not the header id,%1,…</source>
        <translation>zcrm の付随ファイルではありません。1 行目がヘッダー id,%1,… ではありません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 fields where the header has %2</source>
        <translation>ヘッダーは %2 列なのにフィールドが %1 個あります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>id %1 appears again (first on line %2)</source>
        <translation>ID %1 が再び出現しました (最初は %2 行目)</translation>
    </message>
</context>
<context>
    <name>TokenFacade</name>
    <message>
        <location filename="../app/core/tokenfacadeworker.cpp" line="+171"/>
        <source>no token store is open</source>
        <translation>トークンストアが開かれていません</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <location filename="../app/core/tokenresponse.cpp" line="+29"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the accounts server&apos;s answer (%1, %2 bytes) is not a JSON object</source>
        <translation>アカウントサーバーの応答 (%1、%2 バイト) が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(an error that is not text)</source>
        <translation>(テキストではないエラー)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the accounts server&apos;s answer (%1) has neither access_token nor error</source>
        <translation>アカウントサーバーの応答 (%1) に access_token も error もありません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the accounts server&apos;s answer (%1) gives the access token %2, beyond any token&apos;s life (at most %3 days); refused</source>
        <translation>アカウントサーバーの応答 (%1) はアクセストークンに %2 を指定しており、トークンの寿命 (最大 %3 日) を超えるため拒否しました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the accounts server&apos;s answer (%1) has an access token but no usable expires_in</source>
        <translation>アカウントサーバーの応答 (%1) にアクセストークンはありますが、使える expires_in がありません</translation>
    </message>
</context>
<context>
    <name>TokenRules</name>
    <message>
        <location filename="../stores/tokenrules.cpp" line="+29"/>
        <source>the id is empty</source>
        <translation>ID が空です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the id %1 is not a positive integer below 2^63 (digits only, no sign, spaces or leading zero)</source>
        <translation>ID %1 は 2^63 未満の正の整数ではありません (数字のみ。符号、空白、先頭の 0 は使えません)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+15"/>
        <source>%1 %2 is not a time in ms since the epoch up to the year 9999</source>
        <translation>%1 %2 は、エポックからのミリ秒で表した 9999 年までの時刻ではありません</translation>
    </message>
</context>
<context>
    <name>TokenService</name>
    <message>
        <location filename="../app/core/tokenservice.cpp" line="+72"/>
        <source>the token service stopped</source>
        <translation>トークンサービスが停止しました</translation>
    </message>
    <message>
        <location filename="../app/core/tokenresults.cpp" line="+30"/>
        <source>token %1 needs a new sign-in: %2</source>
        <translation>トークン %1 は再サインインが必要です: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>token %1: %2</source>
        <translation>トークン %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/tokenrevoker.cpp" line="+53"/>
        <source>token %1 names no accounts server to revoke it at</source>
        <translation>トークン %1 には取り消し先のアカウントサーバーが指定されていません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>token %1 was not revoked and stays in the store: %2</source>
        <translation>トークン %1 は取り消されず、ストアに残っています: %2</translation>
    </message>
    <message>
        <location filename="../app/core/tokenservice.cpp" line="+261"/>
        <location line="+114"/>
        <source>token %1 needs a new sign-in (%2)</source>
        <translation>トークン %1 は再サインインが必要です (%2)</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>refresh token refused</source>
        <translation>リフレッシュトークンが拒否されました</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>token %1 has no refresh token; sign in again</source>
        <translation>トークン %1 にはリフレッシュトークンがありません。もう一度サインインしてください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>token %1: refresh failed recently (%2); next attempt in %3 s</source>
        <translation>トークン %1: 最近更新に失敗しました (%2)。%3 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>token %1: %2 access tokens were minted from its refresh token in the last %3 min and Zoho allows %4; not asking again for %5 s</source>
        <translation>トークン %1: 過去 %3 分間にリフレッシュトークンから %2 個のアクセストークンが発行されており、Zoho の上限は %4 個です。%5 秒間は再要求しません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>token %1: %2 access tokens of its refresh token are still valid and Zoho allows %3 (a new one would invalidate the oldest); not asking again for %4 s</source>
        <translation>トークン %1: このリフレッシュトークンのアクセストークンがまだ %2 個有効で、Zoho が許可するのは %3 個までです (新しく発行すると最も古いものが無効になります)。%4 秒間は再要求しません</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>token %1 is being refreshed by another process, whose lease did not end within %2 s</source>
        <translation>トークン %1 は別のプロセスが更新中で、そのリースが %2 秒以内に終わりませんでした</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>token %1 was deleted meanwhile</source>
        <translation>トークン %1 はその間に削除されました</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>token %1 names no accounts server (set accounts_server or a Zoho api_domain)</source>
        <translation>トークン %1 にはアカウントサーバーが指定されていません (accounts_server か Zoho の api_domain を設定してください)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>token %1 was refreshed but could not be saved: %2</source>
        <translation>トークン %1 は更新されましたが、保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>TokenStatusLook</name>
    <message>
        <location filename="../ui/tokenstatuslook.cpp" line="+9"/>
        <source>Valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expiring</source>
        <translation>まもなく期限切れ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The access token expires soon. It is refreshed automatically ahead of expiry; Refresh now gets a new one at once.</source>
        <translation>アクセストークンの期限がまもなく切れます。期限前に自動で更新されます。「今すぐ更新」を使うとすぐに新しいトークンを取得します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The access token has expired. Refresh now to get a new one; the refresh token is still good.</source>
        <translation>アクセストークンの期限が切れています。「今すぐ更新」で新しいトークンを取得してください。リフレッシュトークンはまだ有効です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No access token</source>
        <translation>アクセストークンなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This token has no access token yet. Refresh now to get one.</source>
        <translation>このトークンにはまだアクセストークンがありません。「今すぐ更新」で取得してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs sign-in</source>
        <translation>要サインイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoho no longer accepts this refresh token (revoked, expired or from another data center). Sign in again to replace it; the row is kept until then.</source>
        <translation>Zoho はこのリフレッシュトークンを受け付けなくなりました (取り消し済み、期限切れ、または別のデータセンターのもの)。置き換えるには再度サインインしてください。それまで行は残ります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh failing</source>
        <translation>更新に失敗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last refresh failed (see the error). Refreshes are retried with a growing pause; check the network, the data center and the client&apos;s settings, then Refresh now.</source>
        <translation>前回の更新に失敗しました (エラーを参照)。更新は間隔を広げながら再試行されます。ネットワーク、データセンター、クライアントの設定を確認してから「今すぐ更新」を選んでください。</translation>
    </message>
</context>
<context>
    <name>TokenTable</name>
    <message>
        <location filename="../stores/tokentable.cpp" line="+41"/>
        <source>id %1 appears more than once</source>
        <translation>ID %1 が重複しています</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Given user authentication details not found, and the token has no refresh, grant or access token to store</source>
        <translation>指定されたユーザー認証情報が見つからず、トークンには保存するリフレッシュトークン、グラントトークン、アクセストークンのいずれもありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no token id is left after %1; save it with a free --id</source>
        <translation>%1 の後に使えるトークン ID がありません。空いている --id を指定して保存してください</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <location filename="../ui/tokentablemodel.cpp" line="+280"/>
        <source>%1m %2s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1h %2m</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1d %2h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in %1</source>
        <translation>あと %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 second</source>
        <translation>1秒</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 minute</source>
        <translation>1分</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1時間</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n hours</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired %1 ago</source>
        <translation>%1前に期限切れ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expires in %1</source>
        <translation>あと%1で期限切れ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>production</source>
        <translation>本番</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>custom · %1</source>
        <translation>カスタム · %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>(no user name)</source>
        <translation>(ユーザー名なし)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>no access token</source>
        <translation>アクセストークンなし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>client %1</source>
        <translation>クライアント %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data center</source>
        <translation>データセンター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last refresh</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../ui/transferdialog.cpp" line="+28"/>
        <source>Export Tokens</source>
        <translation>トークンのエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import Tokens</source>
        <translation>トークンのインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export tokens</source>
        <translation>トークンをエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import tokens</source>
        <translation>トークンをインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes tokens of the open store to another store</source>
        <translation>開いているストアのトークンを別のストアに書き出します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the tokens of another store into the open store</source>
        <translation>別のストアのトークンを開いているストアにコピーします</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write tokens of the open store to another store, for example the token file a Zoho SDK reads. A token already there is updated, nothing else in it changes.</source>
        <translation>開いているストアのトークンを、Zoho SDK が読み込むトークンファイルなど別のストアに書き出します。すでにあるトークンは更新され、それ以外は何も変わりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every token of another store into the open store, for example from the token file of a Zoho SDK. A token that is already here is updated, not duplicated.</source>
        <translation>Zoho SDK のトークンファイルなど、別のストアのすべてのトークンを開いているストアにコピーします。すでにあるトークンは重複せず更新されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import from</source>
        <translation>インポート元</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>O&amp;nly the selected tokens (%n)</source>
        <translation>
            <numerusform>選択したトークンのみ (%n)(&amp;N)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the selected tokens</source>
        <translation>選択したトークンのみ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Include secrets (client secrets and tokens)</source>
        <translation>秘密情報を含める (クライアントシークレットとトークン)(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include secrets</source>
        <translation>秘密情報を含める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes client secrets, refresh and access tokens too</source>
        <translation>クライアントシークレット、リフレッシュトークン、アクセストークンも書き出します</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import progress</source>
        <translation>インポートの進行状況</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The file will then hold working tokens and client secrets: anyone who can read it can use your Zoho CRM. A file or SQLite store is created readable by you only; keep it that way, and delete it when it is no longer needed.</source>
        <translation>ファイルには有効なトークンとクライアントシークレットが含まれるため、読める人は誰でもあなたの Zoho CRM を使えます。ファイルや SQLite のストアは本人だけが読めるように作成されます。その状態を保ち、不要になったら削除してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without secrets the copy names users, clients and data centers, but no token in it can be used.</source>
        <translation>秘密情報を含めない場合、コピーにはユーザー、クライアント、データセンターが記録されますが、トークンとしては使えません。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>That is the store in use; choose another one.</source>
        <translation>それは使用中のストアです。別のストアを選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keeping the password in the OS keychain…</source>
        <translation>パスワードを OS のキーチェーンに保管しています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The password could not be kept in the OS keychain. %1</source>
        <translation>パスワードを OS のキーチェーンに保管できませんでした。%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>インポートしています…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 of %n tokens copied…</source>
        <translation>
            <numerusform>トークン %n 件中 %1 件をコピーしました…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cancelled before any token was copied.</source>
        <translation>トークンをコピーする前にキャンセルしました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stopping after the current batch…</source>
        <translation>現在のバッチの後で停止します…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The export failed after %1 of %n tokens.</source>
        <translation>
            <numerusform>トークン %n 件中 %1 件の時点でエクスポートに失敗しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The import failed after %1 of %n tokens.</source>
        <translation>
            <numerusform>トークン %n 件中 %1 件の時点でインポートに失敗しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Cancelled: %1 of %n tokens were copied; the others were not.</source>
        <translation>
            <numerusform>キャンセルしました: トークン %n 件中 %1 件をコピーし、残りはコピーしていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %1 of %n tokens, with their secrets.</source>
        <translation>
            <numerusform>トークン %n 件中 %1 件を秘密情報付きでエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported %1 of %n tokens, without secrets.</source>
        <translation>
            <numerusform>トークン %n 件中 %1 件を秘密情報なしでエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported %1 of %n tokens.</source>
        <translation>
            <numerusform>トークン %n 件中 %1 件をインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the copy after the current batch</source>
        <translation>現在のバッチの後でコピーを停止します</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/trayicon.cpp" line="+214"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1: no token store open</source>
        <translation>%1: トークンストアが開かれていません</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n expiring</source>
        <translation>
            <numerusform>まもなく期限切れ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failing</source>
        <translation>
            <numerusform>更新に失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n fresh</source>
        <translation>
            <numerusform>有効 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n need a new sign-in</source>
        <translation>
            <numerusform>要サインイン %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="-169"/>
        <source>&amp;Open ZCRM Explorer</source>
        <translation>ZCRM Explorer を開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Pause refreshing</source>
        <translation>更新を一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Refresh all now</source>
        <translation>すべて今すぐ更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sign in again</source>
        <translation>再サインイン(&amp;S)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A token cannot be refreshed</source>
        <translation>トークンを更新できません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A token needs a new sign-in</source>
        <translation>トークンの再サインインが必要です</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Refreshing is paused</source>
        <translation>更新は一時停止中です</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Token %1</source>
        <translation>トークン %1</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Tokens that need a new sign-in</source>
        <translation>再サインインが必要なトークン</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>ZCRM Explorer tray menu</source>
        <translation>ZCRM Explorer のトレイメニュー</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>no tokens</source>
        <translation>トークンなし</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="+30"/>
        <source>&amp;Sign in to Zoho…</source>
        <translation>Zoho にサインイン(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the sand&amp;box</source>
        <translation>サンドボックスを試す(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to ZCRM Explorer</source>
        <translation>ZCRM Explorer へようこそ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no tokens in this store yet. Sign in with your Zoho account to keep its OAuth token here, fresh and ready for your scripts, SDKs and API calls, or try everything first against a local sandbox that behaves like Zoho, without an account.</source>
        <translation>このストアにはまだトークンがありません。Zoho アカウントでサインインすると、その OAuth トークンをここに保管し、スクリプト、SDK、API 呼び出しですぐ使えるよう最新の状態に保ちます。アカウントがなくても、Zoho と同じように動くローカルのサンドボックスですべてを試せます。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sign in to Zoho</source>
        <translation>Zoho にサインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your browser on Zoho&apos;s consent page</source>
        <translation>ブラウザーで Zoho の同意ページを開きます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the sandbox</source>
        <translation>サンドボックスを試す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts a local look-alike of Zoho and signs in to it through your browser</source>
        <translation>Zoho を模したローカルサーバーを起動し、ブラウザー経由でサインインします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a Self Client &amp;grant token…</source>
        <translation>Self Client のグラントトークンを追加(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a Self Client grant token</source>
        <translation>Self Client のグラントトークンを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use another &amp;store…</source>
        <translation>別のストアを使う(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use another store</source>
        <translation>別のストアを使う</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ZCRM Explorer</source>
        <translation>ZCRM Explorer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tokens are kept in %1</source>
        <translation>トークンの保管先: %1</translation>
    </message>
</context>
<context>
    <name>ZohoEnvironment</name>
    <message>
        <location filename="../app/core/zohoenvironment.cpp" line="+77"/>
        <source>accounts URL %1 is not an http(s) URL without query</source>
        <translation>アカウント URL %1 はクエリなしの http(s) URL ではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API domain %1 is not an http(s) URL without query</source>
        <translation>API ドメイン %1 はクエリなしの http(s) URL ではありません</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is not a Zoho accounts server</source>
        <translation>%1 は Zoho のアカウントサーバーではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a plain http(s) server address</source>
        <translation>%1 は単純な http(s) サーバーアドレスではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has another path than the configured accounts URL</source>
        <translation>%1 のパスが設定済みのアカウント URL と異なります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is neither a Zoho accounts server nor on the host of the configured accounts URL %2</source>
        <translation>%1 は Zoho のアカウントサーバーでも、設定済みのアカウント URL %2 のホスト上のサーバーでもありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>custom %1 (%2)</source>
        <translation>カスタム %1 (%2)</translation>
    </message>
</context>
</TS>
