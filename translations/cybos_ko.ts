<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Health</name>
    <message>
        <source>Feed disconnected</source>
        <translation>시세 연결 끊김</translation>
    </message>
    <message>
        <source>Request budget exhausted</source>
        <translation>조회 요청 한도 소진</translation>
    </message>
    <message>
        <source>Storage error: %1</source>
        <translation>저장 오류: %1</translation>
    </message>
    <message numerus="yes">
        <source>Storage lagging (%n ticks waiting)</source>
        <translation>
            <numerusform>저장 지연 (체결 %n건 대기)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cybos-server</source>
        <translation>cybos-server</translation>
    </message>
    <message>
        <source>Cybos Server could not start: %1</source>
        <translation>Cybos Server를 시작하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>포트는 0부터 65535 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The bind address must be an IP address, such as 127.0.0.1.</source>
        <translation>바인드 주소는 127.0.0.1 같은 IP 주소여야 합니다.</translation>
    </message>
    <message>
        <source>Serving beyond this computer (%1) needs an API key.</source>
        <translation>이 컴퓨터 밖으로 서비스하려면(%1) API 키가 필요합니다.</translation>
    </message>
    <message>
        <source>The API key must not contain spaces.</source>
        <translation>API 키에는 공백을 넣을 수 없습니다.</translation>
    </message>
    <message>
        <source>The database path is empty.</source>
        <translation>데이터베이스 경로가 비어 있습니다.</translation>
    </message>
    <message>
        <source>The database path is a folder; choose a file.</source>
        <translation>데이터베이스 경로가 폴더입니다. 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>Retention must be from 1 to 36500 days.</source>
        <translation>보관 기간은 1일부터 36500일 사이여야 합니다.</translation>
    </message>
    <message>
        <source>The remote server must be an http://, https://, ws:// or wss:// address.</source>
        <translation>원격 서버 주소는 http://, https://, ws:// 또는 wss:// 주소여야 합니다.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot;.</source>
        <translation>알 수 없는 백엔드 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>The replay backend needs a recorded database (--replay-from).</source>
        <translation>재생 백엔드에는 기록된 데이터베이스(--replay-from)가 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation>알 수 없는 언어 &quot;%1&quot;입니다.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>bind address</source>
        <translation>바인드 주소</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>보관 기간</translation>
    </message>
    <message>
        <source>remote server</source>
        <translation>원격 서버</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <source>language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>No settings file is configured.</source>
        <translation>설정 파일이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 파일을 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>cybos::AppActions</name>
    <message>
        <source>&amp;Show window</source>
        <translation>창 보기(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;ync stock codes</source>
        <translation>종목 코드 동기화(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Pause realtime feed</source>
        <translation>실시간 시세 일시정지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy API address</source>
        <translation>API 주소 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Open API &amp;docs</source>
        <translation>API 문서 열기(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>설정(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>Stock code sync started (job %1)</source>
        <translation>종목 코드 동기화를 시작했습니다 (작업 %1)</translation>
    </message>
    <message>
        <source>A stock code sync is already running (job %1)</source>
        <translation>종목 코드 동기화가 이미 진행 중입니다 (작업 %1)</translation>
    </message>
    <message>
        <source>&amp;Resume realtime feed</source>
        <translation>실시간 시세 재개(&amp;R)</translation>
    </message>
    <message>
        <source>Realtime feed paused</source>
        <translation>실시간 시세를 일시정지했습니다</translation>
    </message>
    <message>
        <source>Realtime feed resumed</source>
        <translation>실시간 시세를 재개했습니다</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 복사됨</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1을(를) 열 수 없습니다</translation>
    </message>
</context>
<context>
    <name>cybos::BackfillRunner</name>
    <message>
        <source>Backfill job %1 resumed at %2 of %3 codes</source>
        <translation>과거 시세 수집 작업 %1 재개: 종목 %3개 중 %2개째부터</translation>
    </message>
    <message>
        <source>Backfill job %1 finished: %2 codes</source>
        <translation>과거 시세 수집 작업 %1 완료: 종목 %2개</translation>
    </message>
</context>
<context>
    <name>cybos::BudgetDock</name>
    <message>
        <source>Budget</source>
        <translation>요청 한도</translation>
    </message>
    <message>
        <source>Quote requests left (per 15 s)</source>
        <translation>남은 시세 조회 요청 (15초당)</translation>
    </message>
    <message>
        <source>Queued requests</source>
        <translation>대기 중인 요청</translation>
    </message>
    <message>
        <source>API callers</source>
        <translation>API 호출</translation>
    </message>
    <message>
        <source>Code sync</source>
        <translation>종목 동기화</translation>
    </message>
    <message>
        <source>History backfill</source>
        <translation>과거 데이터 수집</translation>
    </message>
    <message>
        <source>Realtime subscriptions</source>
        <translation>실시간 구독</translation>
    </message>
    <message>
        <source>All requests available</source>
        <translation>요청 한도 모두 사용 가능</translation>
    </message>
    <message>
        <source>Refills in %1 s</source>
        <translation>%1초 후 충전</translation>
    </message>
    <message>
        <source>Refilling…</source>
        <translation>충전 중…</translation>
    </message>
</context>
<context>
    <name>cybos::CandleChart</name>
    <message>
        <source>%1  O %2  H %3  L %4  C %5  V %6</source>
        <translation>%1  시 %2  고 %3  저 %4  종 %5  량 %6</translation>
    </message>
</context>
<context>
    <name>cybos::ChartDock</name>
    <message>
        <source>Chart</source>
        <translation>차트</translation>
    </message>
    <message>
        <source>Select a code in the quote grid</source>
        <translation>시세 표에서 종목을 선택하세요</translation>
    </message>
    <message>
        <source>1m</source>
        <translation>1분</translation>
    </message>
    <message>
        <source>5m</source>
        <translation>5분</translation>
    </message>
    <message>
        <source>15m</source>
        <translation>15분</translation>
    </message>
    <message>
        <source>60m</source>
        <translation>60분</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>주</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>월</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>다시 읽기</translation>
    </message>
</context>
<context>
    <name>cybos::ChartModel</name>
    <message>
        <source>Chart unavailable: %1</source>
        <translation>차트를 읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>No trades stored for %1 yet: intraday bars are built from the trades of subscribed codes</source>
        <translation>%1의 저장된 체결이 아직 없습니다: 분봉은 실시간 등록 종목의 체결로 만듭니다</translation>
    </message>
    <message>
        <source>Loading history of %1…</source>
        <translation>%1 과거 시세 읽는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Request budget used up: the rest of the history in %n s (press Reload)</source>
        <translation>
            <numerusform>조회 한도 소진: 나머지 과거 시세는 %n초 후 (다시 읽기)</numerusform>
        </translation>
    </message>
    <message>
        <source>History incomplete: %1</source>
        <translation>과거 시세 일부 누락: %1</translation>
    </message>
</context>
<context>
    <name>cybos::ChartValueUnit</name>
    <message>
        <source>10,000 won</source>
        <translation>만원</translation>
    </message>
    <message>
        <source>1,000 won</source>
        <translation>천원</translation>
    </message>
    <message>
        <source>won</source>
        <translation>원</translation>
    </message>
    <message>
        <source>Chart trade values of %1 are in %2 (today&apos;s bar of %3 compared with its snapshot)</source>
        <translation>%1 차트 거래대금 단위: %2 (%3의 오늘 봉을 현재가 조회와 비교)</translation>
    </message>
    <message>
        <source>Chart trade values of %1: no bar of today to compare with the snapshot of %2; taken as won</source>
        <translation>%1 차트 거래대금: %2의 현재가와 비교할 오늘 봉이 없어 원 단위로 봅니다</translation>
    </message>
    <message>
        <source>Chart trade values of %1 match no unit (%2: chart %3 for %4 shares, snapshot %5 won for %6 shares); taken as won</source>
        <translation>%1 차트 거래대금이 어느 단위와도 맞지 않습니다 (%2: 차트 %3, %4주 / 현재가 %5원, %6주). 원 단위로 봅니다</translation>
    </message>
</context>
<context>
    <name>cybos::CodeSync</name>
    <message>
        <source>Code sync failed: %1</source>
        <translation>종목 코드 동기화 실패: %1</translation>
    </message>
    <message>
        <source>Code sync: %1 codes (%2), %3 delisted</source>
        <translation>종목 코드 동기화: %1개 종목 (%2), 상장폐지 %3개</translation>
    </message>
</context>
<context>
    <name>cybos::ConnectionDock</name>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>시세</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>백엔드</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>연결 시각</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>서버 구분</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>Stored ticks</source>
        <translation>저장된 체결</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API 주소</translation>
    </message>
    <message>
        <source>WebSocket clients</source>
        <translation>WebSocket 클라이언트</translation>
    </message>
    <message>
        <source>Forwarder</source>
        <translation>원격 전달</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cybos Plus</source>
        <translation>Cybos Plus</translation>
    </message>
    <message>
        <source>Emulator</source>
        <translation>에뮬레이터</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>중계</translation>
    </message>
    <message>
        <source>CybosPlus server</source>
        <translation>CybosPlus 서버</translation>
    </message>
    <message>
        <source>HTS server</source>
        <translation>HTS 서버</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>미연결</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>사용 안 함</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>전송 중</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>최신 상태</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>재시도 대기</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>%1, %2 waiting</source>
        <translation>%1, %2건 대기</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
</context>
<context>
    <name>cybos::ConnectionTracker</name>
    <message>
        <source>Feed connected (%1, server type %2)</source>
        <translation>시세 연결됨 (%1, 서버 종류 %2)</translation>
    </message>
    <message>
        <source>Feed disconnected</source>
        <translation>시세 연결 끊김</translation>
    </message>
</context>
<context>
    <name>cybos::Desktop</name>
    <message>
        <source>Settings saved.</source>
        <translation>설정을 저장했습니다.</translation>
    </message>
    <message>
        <source>Settings saved. Restart Cybos Server to apply: %1</source>
        <translation>설정을 저장했습니다. 적용하려면 Cybos Server를 다시 시작하세요: %1</translation>
    </message>
</context>
<context>
    <name>cybos::ForwardBacklog</name>
    <message>
        <source>%1 ticks wait to be forwarded to %2</source>
        <translation>체결 %1건이 %2(으)로 전달을 기다리고 있습니다</translation>
    </message>
    <message>
        <source>The forwarding backlog is down to %1 ticks</source>
        <translation>전달 대기 체결이 %1건으로 줄었습니다</translation>
    </message>
</context>
<context>
    <name>cybos::ForwardEngine</name>
    <message>
        <source>cannot read the forwarding state: %1</source>
        <translation>전달 상태를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Forwarding to %1 resumed</source>
        <translation>%1(으)로 전달을 재개했습니다</translation>
    </message>
    <message>
        <source>Forwarding to %1 failed: %2; retrying with backoff</source>
        <translation>%1(으)로 전달 실패: %2. 간격을 늘려 다시 시도합니다</translation>
    </message>
    <message>
        <source>Forwarding stopped: %1</source>
        <translation>전달 중지: %1</translation>
    </message>
    <message>
        <source>cannot read stored ticks: %1</source>
        <translation>저장된 체결을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>unsupported remote URL %1: use http(s)://, ws(s)://, nats:// or tls://</source>
        <translation>지원하지 않는 원격 URL %1: http(s)://, ws(s)://, nats:// 또는 tls://를 사용하세요</translation>
    </message>
</context>
<context>
    <name>cybos::IngestService</name>
    <message>
        <source>Ticks now come from source %1 (before: %2); seqs of different sources collide</source>
        <translation>이제 체결이 원본 %1에서 들어옵니다 (이전: %2). 원본이 다르면 seq가 겹칠 수 있습니다</translation>
    </message>
    <message>
        <source>Receiving ticks from source %1</source>
        <translation>원본 %1에서 체결을 수신합니다</translation>
    </message>
</context>
<context>
    <name>cybos::LiveModels</name>
    <message>
        <source>Syncing stock codes: %1 of %2</source>
        <translation>종목 코드 동기화 중: %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Stock code sync finished: %n code(s)</source>
        <translation>
            <numerusform>종목 코드 동기화 완료: %n종목</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock code sync failed: %1</source>
        <translation>종목 코드 동기화 실패: %1</translation>
    </message>
</context>
<context>
    <name>cybos::LogDock</name>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>모든 수준</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>정보 이상</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>경고와 오류</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>오류만</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
</context>
<context>
    <name>cybos::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>디버그</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>수준</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>내용</translation>
    </message>
</context>
<context>
    <name>cybos::MainWindow</name>
    <message>
        <source>Cybos Server</source>
        <translation>Cybos Server</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;eed</source>
        <translation>시세(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;API</source>
        <translation>API(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>배치 초기화(&amp;R)</translation>
    </message>
</context>
<context>
    <name>cybos::NatsIngest</name>
    <message>
        <source>Consuming %1 again</source>
        <translation>%1 수신을 다시 시작했습니다</translation>
    </message>
    <message>
        <source>Consuming %1 failed: %2; retrying with backoff</source>
        <translation>%1 수신 실패: %2; 간격을 늘려 가며 다시 시도합니다</translation>
    </message>
</context>
<context>
    <name>cybos::OrderBookDock</name>
    <message>
        <source>Order book</source>
        <translation>호가</translation>
    </message>
    <message>
        <source>Select a code in the quote grid</source>
        <translation>시세 표에서 종목을 선택하세요</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Ask for a snapshot of the book (one request of the budget)</source>
        <translation>호가 스냅샷 요청 (조회 한도 1건 사용)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>스냅샷 %1</translation>
    </message>
    <message>
        <source>Total ask %1 · Total bid %2 · %3</source>
        <translation>매도 잔량 %1 · 매수 잔량 %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Request budget used up: try again in %n s</source>
        <translation>
            <numerusform>조회 한도 소진: %n초 후 다시 시도</numerusform>
        </translation>
    </message>
    <message>
        <source>No order book: %1</source>
        <translation>호가 없음: %1</translation>
    </message>
</context>
<context>
    <name>cybos::OrderBookModel</name>
    <message>
        <source>Ask qty</source>
        <translation>매도 잔량</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>호가</translation>
    </message>
    <message>
        <source>Bid qty</source>
        <translation>매수 잔량</translation>
    </message>
</context>
<context>
    <name>cybos::QuoteDock</name>
    <message>
        <source>Quotes</source>
        <translation>관심종목 시세</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove from realtime</source>
        <translation>실시간 구독에서 삭제</translation>
    </message>
    <message>
        <source>The subscription limit is reached: remove a code first</source>
        <translation>구독 한도에 도달했습니다. 먼저 종목을 삭제하세요</translation>
    </message>
    <message>
        <source>Unknown stock code</source>
        <translation>알 수 없는 종목코드입니다</translation>
    </message>
    <message>
        <source>The feed is disconnected</source>
        <translation>시세 연결이 끊겨 있습니다</translation>
    </message>
    <message>
        <source>No stock matches &quot;%1&quot;</source>
        <translation>&quot;%1&quot;에 해당하는 종목이 없습니다</translation>
    </message>
    <message>
        <source>%1 added to realtime</source>
        <translation>%1 실시간 구독을 추가했습니다</translation>
    </message>
    <message>
        <source>%1 is unpinned but stays subscribed while API clients watch it</source>
        <translation>%1 고정을 해제했지만 API 클라이언트가 보고 있어 구독은 유지됩니다</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 삭제했습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n종목</numerusform>
        </translation>
    </message>
    <message>
        <source>Add: code, name or initials (ㅅㅅㅈㅈ)</source>
        <translation>추가: 코드, 종목명 또는 초성 (ㅅㅅㅈㅈ)</translation>
    </message>
    <message>
        <source>Filter: code, name or initials</source>
        <translation>필터: 코드, 종목명 또는 초성</translation>
    </message>
</context>
<context>
    <name>cybos::QuoteModel</name>
    <message>
        <source>Code</source>
        <translation>종목코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>종목명</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>현재가</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>전일대비</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>등락률</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>거래량</translation>
    </message>
    <message>
        <source>Value (M KRW)</source>
        <translation>거래대금(백만)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>%1 %2 — upper limit %3, lower limit %4</source>
        <translation>%1 %2 — 상한가 %3, 하한가 %4</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>매도호가</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>매수호가</translation>
    </message>
</context>
<context>
    <name>cybos::Restarter</name>
    <message>
        <source>Started again after a Cybos disconnect (%1 of at most %2 within %3 minutes)</source>
        <translation>Cybos 연결 끊김 뒤 다시 시작했습니다 (%3분 안에 최대 %2번 중 %1번째)</translation>
    </message>
    <message>
        <source>The Cybos link is back, but cybos-server restarted %1 times within %2 minutes: carrying on without restarting</source>
        <translation>Cybos 연결이 돌아왔지만 cybos-server가 %2분 안에 %1번 다시 시작했으므로, 다시 시작하지 않고 계속 실행합니다</translation>
    </message>
    <message>
        <source>The Cybos link is back: restarting cybos-server (--on-disconnect restart)</source>
        <translation>Cybos 연결이 돌아왔습니다: cybos-server를 다시 시작합니다 (--on-disconnect restart)</translation>
    </message>
</context>
<context>
    <name>cybos::Runtime</name>
    <message>
        <source>cybos-server %1 started on the %2 backend, API at %3</source>
        <translation>cybos-server %1 시작: %2 백엔드, API 주소 %3</translation>
    </message>
</context>
<context>
    <name>cybos::ServiceHub</name>
    <message>
        <source>Codes given with --subscribe not subscribed: %1</source>
        <translation>--subscribe로 지정한 종목을 구독하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>cybos::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API 서버</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>빈 포트 자동 선택</translation>
    </message>
    <message>
        <source>none (only this computer may connect)</source>
        <translation>없음 (이 컴퓨터에서만 접속 가능)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Port *</source>
        <translation>포트 *</translation>
    </message>
    <message>
        <source>Bind address *</source>
        <translation>바인드 주소 *</translation>
    </message>
    <message>
        <source>API key *</source>
        <translation>API 키 *</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>저장소</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <source>Database *</source>
        <translation>데이터베이스 *</translation>
    </message>
    <message>
        <source>Keep ticks for *</source>
        <translation>체결 보관 기간 *</translation>
    </message>
    <message>
        <source>Forward ticks to a remote server</source>
        <translation>원격 서버로 체결 전달</translation>
    </message>
    <message>
        <source>off — e.g. https://example.com or wss://example.com/ws/ingest</source>
        <translation>사용 안 함 — 예: https://example.com 또는 wss://example.com/ws/ingest</translation>
    </message>
    <message>
        <source>Remote URL *</source>
        <translation>원격 URL *</translation>
    </message>
    <message>
        <source>Remote API key *</source>
        <translation>원격 API 키 *</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Relay (receive from a forwarder)</source>
        <translation>중계 (다른 서버의 전달 수신)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>Start when I log in</source>
        <translation>로그인할 때 자동 시작</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>트레이로 최소화하여 시작</translation>
    </message>
    <message>
        <source>Backend *</source>
        <translation>백엔드 *</translation>
    </message>
    <message>
        <source>Language *</source>
        <translation>언어 *</translation>
    </message>
    <message>
        <source>* takes effect after a restart</source>
        <translation>* 표시 항목은 다시 시작한 뒤 적용됩니다</translation>
    </message>
    <message>
        <source>Restart Cybos Server to apply: %1</source>
        <translation>적용하려면 Cybos Server를 다시 시작하세요: %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>데이터베이스 파일</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite 데이터베이스 (*.db *.sqlite);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could not change the login item at %1.</source>
        <translation>자동 시작 항목(%1)을 바꿀 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>cybos::StatusLine</name>
    <message>
        <source>Feed paused</source>
        <translation>시세 일시정지</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>Ticks %1/s</source>
        <translation>체결 %1/초</translation>
    </message>
    <message>
        <source>Stored %1/s</source>
        <translation>저장 %1/초</translation>
    </message>
    <message>
        <source>Requests %1/%2</source>
        <translation>요청 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source> (%n queued)</source>
        <translation>
            <numerusform> (대기 %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscriptions %1/%2</source>
        <translation>구독 %1/%2</translation>
    </message>
</context>
<context>
    <name>cybos::StorageWorker</name>
    <message>
        <source>Database %1 cannot be written (%2): serving stored data only</source>
        <translation>데이터베이스 %1에 쓸 수 없습니다 (%2): 저장된 데이터만 제공합니다</translation>
    </message>
    <message>
        <source>%1 ticks could not be stored before shutdown: %2</source>
        <translation>종료 전에 체결 %1건을 저장하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>cybos::TickDock</name>
    <message>
        <source>Tick tape</source>
        <translation>실시간 체결</translation>
    </message>
</context>
<context>
    <name>cybos::TickModel</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>종목코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>종목명</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>체결가</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>전일대비</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>매수</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>매도</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>체결량</translation>
    </message>
</context>
<context>
    <name>cybos::TickWriter</name>
    <message>
        <source>Tick writer backlog full (%1 ticks): new ticks are dropped and counted</source>
        <translation>체결 저장 대기열이 가득 찼습니다 (%1건): 새 체결은 버리고 개수를 기록합니다</translation>
    </message>
    <message>
        <source>Tick writes resumed</source>
        <translation>체결 저장을 재개했습니다</translation>
    </message>
    <message>
        <source>Cannot store ticks: %1</source>
        <translation>체결을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>cybos::TrayController</name>
    <message>
        <source>Cybos Server</source>
        <translation>Cybos Server</translation>
    </message>
    <message>
        <source>Cybos Server — %1</source>
        <translation>Cybos Server — %1</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>백엔드: %1</translation>
    </message>
    <message>
        <source>Ticks: %1/s</source>
        <translation>체결: %1/초</translation>
    </message>
    <message>
        <source>API clients: %1</source>
        <translation>API 클라이언트: %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>포트: %1</translation>
    </message>
    <message>
        <source>Feed reconnected</source>
        <translation>시세 재연결</translation>
    </message>
    <message>
        <source>Realtime data flows again.</source>
        <translation>실시간 시세가 다시 들어옵니다.</translation>
    </message>
    <message>
        <source>Feed disconnected</source>
        <translation>시세 연결 끊김</translation>
    </message>
    <message>
        <source>Cybos Server lost the market feed and keeps retrying.</source>
        <translation>Cybos Server가 시세 연결을 잃었습니다. 계속 다시 연결을 시도합니다.</translation>
    </message>
    <message>
        <source>Cybos Server is still running</source>
        <translation>Cybos Server가 계속 실행 중입니다</translation>
    </message>
    <message>
        <source>The server keeps serving in the background. Double-click the tray icon to open the window.</source>
        <translation>서버는 백그라운드에서 계속 동작합니다. 트레이 아이콘을 두 번 클릭하면 창이 열립니다.</translation>
    </message>
</context>
</TS>
