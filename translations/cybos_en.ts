<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Health</name>
    <message>
        <source>Feed disconnected</source>
        <translation>Feed disconnected</translation>
    </message>
    <message>
        <source>Request budget exhausted</source>
        <translation>Request budget exhausted</translation>
    </message>
    <message>
        <source>Storage error: %1</source>
        <translation>Storage error: %1</translation>
    </message>
    <message numerus="yes">
        <source>Storage lagging (%n ticks waiting)</source>
        <translation>
            <numerusform>Storage lagging (%n tick waiting)</numerusform>
            <numerusform>Storage lagging (%n ticks waiting)</numerusform>
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
        <translation>Cybos Server could not start: %1</translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>The port must be a number from 0 to 65535.</translation>
    </message>
    <message>
        <source>The bind address must be an IP address, such as 127.0.0.1.</source>
        <translation>The bind address must be an IP address, such as 127.0.0.1.</translation>
    </message>
    <message>
        <source>Serving beyond this computer (%1) needs an API key.</source>
        <translation>Serving beyond this computer (%1) needs an API key.</translation>
    </message>
    <message>
        <source>The API key must not contain spaces.</source>
        <translation>The API key must not contain spaces.</translation>
    </message>
    <message>
        <source>The database path is empty.</source>
        <translation>The database path is empty.</translation>
    </message>
    <message>
        <source>The database path is a folder; choose a file.</source>
        <translation>The database path is a folder; choose a file.</translation>
    </message>
    <message>
        <source>Retention must be from 1 to 36500 days.</source>
        <translation>Retention must be from 1 to 36500 days.</translation>
    </message>
    <message>
        <source>The remote server must be an http://, https://, ws:// or wss:// address.</source>
        <translation>The remote server must be an http://, https://, ws:// or wss:// address.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot;.</source>
        <translation>Unknown backend &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The replay backend needs a recorded database (--replay-from).</source>
        <translation>The replay backend needs a recorded database (--replay-from).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation>Unknown language &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>bind address</source>
        <translation>bind address</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>retention</translation>
    </message>
    <message>
        <source>remote server</source>
        <translation>remote server</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>backend</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>No settings file is configured.</source>
        <translation>No settings file is configured.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>cybos::AppActions</name>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Show window</translation>
    </message>
    <message>
        <source>S&amp;ync stock codes</source>
        <translation>S&amp;ync stock codes</translation>
    </message>
    <message>
        <source>&amp;Pause realtime feed</source>
        <translation>&amp;Pause realtime feed</translation>
    </message>
    <message>
        <source>&amp;Copy API address</source>
        <translation>&amp;Copy API address</translation>
    </message>
    <message>
        <source>Open API &amp;docs</source>
        <translation>Open API &amp;docs</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Stock code sync started (job %1)</source>
        <translation>Stock code sync started (job %1)</translation>
    </message>
    <message>
        <source>A stock code sync is already running (job %1)</source>
        <translation>A stock code sync is already running (job %1)</translation>
    </message>
    <message>
        <source>&amp;Resume realtime feed</source>
        <translation>&amp;Resume realtime feed</translation>
    </message>
    <message>
        <source>Realtime feed paused</source>
        <translation>Realtime feed paused</translation>
    </message>
    <message>
        <source>Realtime feed resumed</source>
        <translation>Realtime feed resumed</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copied %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Could not open %1</translation>
    </message>
</context>
<context>
    <name>cybos::BackfillRunner</name>
    <message>
        <source>Backfill job %1 resumed at %2 of %3 codes</source>
        <translation>Backfill job %1 resumed at %2 of %3 codes</translation>
    </message>
    <message>
        <source>Backfill job %1 finished: %2 codes</source>
        <translation>Backfill job %1 finished: %2 codes</translation>
    </message>
</context>
<context>
    <name>cybos::BudgetDock</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Quote requests left (per 15 s)</source>
        <translation>Quote requests left (per 15 s)</translation>
    </message>
    <message>
        <source>Queued requests</source>
        <translation>Queued requests</translation>
    </message>
    <message>
        <source>API callers</source>
        <translation>API callers</translation>
    </message>
    <message>
        <source>Code sync</source>
        <translation>Code sync</translation>
    </message>
    <message>
        <source>History backfill</source>
        <translation>History backfill</translation>
    </message>
    <message>
        <source>Realtime subscriptions</source>
        <translation>Realtime subscriptions</translation>
    </message>
    <message>
        <source>All requests available</source>
        <translation>All requests available</translation>
    </message>
    <message>
        <source>Refills in %1 s</source>
        <translation>Refills in %1 s</translation>
    </message>
    <message>
        <source>Refilling…</source>
        <translation>Refilling…</translation>
    </message>
</context>
<context>
    <name>cybos::CandleChart</name>
    <message>
        <source>%1  O %2  H %3  L %4  C %5  V %6</source>
        <translation>%1  O %2  H %3  L %4  C %5  V %6</translation>
    </message>
</context>
<context>
    <name>cybos::ChartDock</name>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Select a code in the quote grid</source>
        <translation>Select a code in the quote grid</translation>
    </message>
    <message>
        <source>1m</source>
        <translation>1m</translation>
    </message>
    <message>
        <source>5m</source>
        <translation>5m</translation>
    </message>
    <message>
        <source>15m</source>
        <translation>15m</translation>
    </message>
    <message>
        <source>60m</source>
        <translation>60m</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>cybos::ChartModel</name>
    <message>
        <source>Chart unavailable: %1</source>
        <translation>Chart unavailable: %1</translation>
    </message>
    <message>
        <source>No trades stored for %1 yet: intraday bars are built from the trades of subscribed codes</source>
        <translation>No trades stored for %1 yet: intraday bars are built from the trades of subscribed codes</translation>
    </message>
    <message>
        <source>Loading history of %1…</source>
        <translation>Loading history of %1…</translation>
    </message>
    <message numerus="yes">
        <source>Request budget used up: the rest of the history in %n s (press Reload)</source>
        <translation>
            <numerusform>Request budget used up: the rest of the history in %n s (press Reload)</numerusform>
            <numerusform>Request budget used up: the rest of the history in %n s (press Reload)</numerusform>
        </translation>
    </message>
    <message>
        <source>History incomplete: %1</source>
        <translation>History incomplete: %1</translation>
    </message>
</context>
<context>
    <name>cybos::ChartValueUnit</name>
    <message>
        <source>10,000 won</source>
        <translation>10,000 won</translation>
    </message>
    <message>
        <source>1,000 won</source>
        <translation>1,000 won</translation>
    </message>
    <message>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <source>Chart trade values of %1 are in %2 (today&apos;s bar of %3 compared with its snapshot)</source>
        <translation>Chart trade values of %1 are in %2 (today&apos;s bar of %3 compared with its snapshot)</translation>
    </message>
    <message>
        <source>Chart trade values of %1: no bar of today to compare with the snapshot of %2; taken as won</source>
        <translation>Chart trade values of %1: no bar of today to compare with the snapshot of %2; taken as won</translation>
    </message>
    <message>
        <source>Chart trade values of %1 match no unit (%2: chart %3 for %4 shares, snapshot %5 won for %6 shares); taken as won</source>
        <translation>Chart trade values of %1 match no unit (%2: chart %3 for %4 shares, snapshot %5 won for %6 shares); taken as won</translation>
    </message>
</context>
<context>
    <name>cybos::CodeSync</name>
    <message>
        <source>Code sync failed: %1</source>
        <translation>Code sync failed: %1</translation>
    </message>
    <message>
        <source>Code sync: %1 codes (%2), %3 delisted</source>
        <translation>Code sync: %1 codes (%2), %3 delisted</translation>
    </message>
</context>
<context>
    <name>cybos::ConnectionDock</name>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Connected since</translation>
    </message>
    <message>
        <source>Server type</source>
        <translation>Server type</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Stored ticks</source>
        <translation>Stored ticks</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API address</translation>
    </message>
    <message>
        <source>WebSocket clients</source>
        <translation>WebSocket clients</translation>
    </message>
    <message>
        <source>Forwarder</source>
        <translation>Forwarder</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
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
        <translation>Emulator</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>CybosPlus server</source>
        <translation>CybosPlus server</translation>
    </message>
    <message>
        <source>HTS server</source>
        <translation>HTS server</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Retrying</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>%1, %2 waiting</source>
        <translation>%1, %2 waiting</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>cybos::ConnectionTracker</name>
    <message>
        <source>Feed connected (%1, server type %2)</source>
        <translation>Feed connected (%1, server type %2)</translation>
    </message>
    <message>
        <source>Feed disconnected</source>
        <translation>Feed disconnected</translation>
    </message>
</context>
<context>
    <name>cybos::Desktop</name>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Settings saved. Restart Cybos Server to apply: %1</source>
        <translation>Settings saved. Restart Cybos Server to apply: %1</translation>
    </message>
</context>
<context>
    <name>cybos::ForwardBacklog</name>
    <message>
        <source>%1 ticks wait to be forwarded to %2</source>
        <translation>%1 ticks wait to be forwarded to %2</translation>
    </message>
    <message>
        <source>The forwarding backlog is down to %1 ticks</source>
        <translation>The forwarding backlog is down to %1 ticks</translation>
    </message>
</context>
<context>
    <name>cybos::ForwardEngine</name>
    <message>
        <source>cannot read the forwarding state: %1</source>
        <translation>cannot read the forwarding state: %1</translation>
    </message>
    <message>
        <source>Forwarding to %1 resumed</source>
        <translation>Forwarding to %1 resumed</translation>
    </message>
    <message>
        <source>Forwarding to %1 failed: %2; retrying with backoff</source>
        <translation>Forwarding to %1 failed: %2; retrying with backoff</translation>
    </message>
    <message>
        <source>Forwarding stopped: %1</source>
        <translation>Forwarding stopped: %1</translation>
    </message>
    <message>
        <source>cannot read stored ticks: %1</source>
        <translation>cannot read stored ticks: %1</translation>
    </message>
    <message>
        <source>unsupported remote URL %1: use http(s)://, ws(s)://, nats:// or tls://</source>
        <translation>unsupported remote URL %1: use http(s)://, ws(s)://, nats:// or tls://</translation>
    </message>
</context>
<context>
    <name>cybos::IngestService</name>
    <message>
        <source>Ticks now come from source %1 (before: %2); seqs of different sources collide</source>
        <translation>Ticks now come from source %1 (before: %2); seqs of different sources collide</translation>
    </message>
    <message>
        <source>Receiving ticks from source %1</source>
        <translation>Receiving ticks from source %1</translation>
    </message>
</context>
<context>
    <name>cybos::LiveModels</name>
    <message>
        <source>Syncing stock codes: %1 of %2</source>
        <translation>Syncing stock codes: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Stock code sync finished: %n code(s)</source>
        <translation>
            <numerusform>Stock code sync finished: %n code</numerusform>
            <numerusform>Stock code sync finished: %n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock code sync failed: %1</source>
        <translation>Stock code sync failed: %1</translation>
    </message>
</context>
<context>
    <name>cybos::LogDock</name>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Info and above</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>cybos::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>F&amp;eed</source>
        <translation>F&amp;eed</translation>
    </message>
    <message>
        <source>&amp;API</source>
        <translation>&amp;API</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
</context>
<context>
    <name>cybos::NatsIngest</name>
    <message>
        <source>Consuming %1 again</source>
        <translation>Consuming %1 again</translation>
    </message>
    <message>
        <source>Consuming %1 failed: %2; retrying with backoff</source>
        <translation>Consuming %1 failed: %2; retrying with backoff</translation>
    </message>
</context>
<context>
    <name>cybos::OrderBookDock</name>
    <message>
        <source>Order book</source>
        <translation>Order book</translation>
    </message>
    <message>
        <source>Select a code in the quote grid</source>
        <translation>Select a code in the quote grid</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Ask for a snapshot of the book (one request of the budget)</source>
        <translation>Ask for a snapshot of the book (one request of the budget)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>Total ask %1 · Total bid %2 · %3</source>
        <translation>Total ask %1 · Total bid %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>Request budget used up: try again in %n s</source>
        <translation>
            <numerusform>Request budget used up: try again in %n s</numerusform>
            <numerusform>Request budget used up: try again in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>No order book: %1</source>
        <translation>No order book: %1</translation>
    </message>
</context>
<context>
    <name>cybos::OrderBookModel</name>
    <message>
        <source>Ask qty</source>
        <translation>Ask qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Bid qty</source>
        <translation>Bid qty</translation>
    </message>
</context>
<context>
    <name>cybos::QuoteDock</name>
    <message>
        <source>Quotes</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove from realtime</source>
        <translation>Remove from realtime</translation>
    </message>
    <message>
        <source>The subscription limit is reached: remove a code first</source>
        <translation>The subscription limit is reached: remove a code first</translation>
    </message>
    <message>
        <source>Unknown stock code</source>
        <translation>Unknown stock code</translation>
    </message>
    <message>
        <source>The feed is disconnected</source>
        <translation>The feed is disconnected</translation>
    </message>
    <message>
        <source>No stock matches &quot;%1&quot;</source>
        <translation>No stock matches &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 added to realtime</source>
        <translation>%1 added to realtime</translation>
    </message>
    <message>
        <source>%1 is unpinned but stays subscribed while API clients watch it</source>
        <translation>%1 is unpinned but stays subscribed while API clients watch it</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 removed</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add: code, name or initials (ㅅㅅㅈㅈ)</source>
        <translation>Add: code, name or initials (ㅅㅅㅈㅈ)</translation>
    </message>
    <message>
        <source>Filter: code, name or initials</source>
        <translation>Filter: code, name or initials</translation>
    </message>
</context>
<context>
    <name>cybos::QuoteModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Change %</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Value (M KRW)</source>
        <translation>Value (M KRW)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>%1 %2 — upper limit %3, lower limit %4</source>
        <translation>%1 %2 — upper limit %3, lower limit %4</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Bid</translation>
    </message>
</context>
<context>
    <name>cybos::Restarter</name>
    <message>
        <source>Started again after a Cybos disconnect (%1 of at most %2 within %3 minutes)</source>
        <translation>Started again after a Cybos disconnect (%1 of at most %2 within %3 minutes)</translation>
    </message>
    <message>
        <source>The Cybos link is back, but cybos-server restarted %1 times within %2 minutes: carrying on without restarting</source>
        <translation>The Cybos link is back, but cybos-server restarted %1 times within %2 minutes: carrying on without restarting</translation>
    </message>
    <message>
        <source>The Cybos link is back: restarting cybos-server (--on-disconnect restart)</source>
        <translation>The Cybos link is back: restarting cybos-server (--on-disconnect restart)</translation>
    </message>
</context>
<context>
    <name>cybos::Runtime</name>
    <message>
        <source>cybos-server %1 started on the %2 backend, API at %3</source>
        <translation>cybos-server %1 started on the %2 backend, API at %3</translation>
    </message>
</context>
<context>
    <name>cybos::ServiceHub</name>
    <message>
        <source>Codes given with --subscribe not subscribed: %1</source>
        <translation>Codes given with --subscribe not subscribed: %1</translation>
    </message>
</context>
<context>
    <name>cybos::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API server</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>any free port</translation>
    </message>
    <message>
        <source>none (only this computer may connect)</source>
        <translation>none (only this computer may connect)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Port *</source>
        <translation>Port *</translation>
    </message>
    <message>
        <source>Bind address *</source>
        <translation>Bind address *</translation>
    </message>
    <message>
        <source>API key *</source>
        <translation>API key *</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Database *</source>
        <translation>Database *</translation>
    </message>
    <message>
        <source>Keep ticks for *</source>
        <translation>Keep ticks for *</translation>
    </message>
    <message>
        <source>Forward ticks to a remote server</source>
        <translation>Forward ticks to a remote server</translation>
    </message>
    <message>
        <source>off — e.g. https://example.com or wss://example.com/ws/ingest</source>
        <translation>off — e.g. https://example.com or wss://example.com/ws/ingest</translation>
    </message>
    <message>
        <source>Remote URL *</source>
        <translation>Remote URL *</translation>
    </message>
    <message>
        <source>Remote API key *</source>
        <translation>Remote API key *</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Relay (receive from a forwarder)</source>
        <translation>Relay (receive from a forwarder)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Start when I log in</source>
        <translation>Start when I log in</translation>
    </message>
    <message>
        <source>Start minimised to the tray</source>
        <translation>Start minimised to the tray</translation>
    </message>
    <message>
        <source>Backend *</source>
        <translation>Backend *</translation>
    </message>
    <message>
        <source>Language *</source>
        <translation>Language *</translation>
    </message>
    <message>
        <source>* takes effect after a restart</source>
        <translation>* takes effect after a restart</translation>
    </message>
    <message>
        <source>Restart Cybos Server to apply: %1</source>
        <translation>Restart Cybos Server to apply: %1</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Could not change the login item at %1.</source>
        <translation>Could not change the login item at %1.</translation>
    </message>
</context>
<context>
    <name>cybos::StatusLine</name>
    <message>
        <source>Feed paused</source>
        <translation>Feed paused</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <source>Ticks %1/s</source>
        <translation>Ticks %1/s</translation>
    </message>
    <message>
        <source>Stored %1/s</source>
        <translation>Stored %1/s</translation>
    </message>
    <message>
        <source>Requests %1/%2</source>
        <translation>Requests %1/%2</translation>
    </message>
    <message numerus="yes">
        <source> (%n queued)</source>
        <translation>
            <numerusform> (%n queued)</numerusform>
            <numerusform> (%n queued)</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscriptions %1/%2</source>
        <translation>Subscriptions %1/%2</translation>
    </message>
</context>
<context>
    <name>cybos::StorageWorker</name>
    <message>
        <source>Database %1 cannot be written (%2): serving stored data only</source>
        <translation>Database %1 cannot be written (%2): serving stored data only</translation>
    </message>
    <message>
        <source>%1 ticks could not be stored before shutdown: %2</source>
        <translation>%1 ticks could not be stored before shutdown: %2</translation>
    </message>
</context>
<context>
    <name>cybos::TickDock</name>
    <message>
        <source>Tick tape</source>
        <translation>Tick tape</translation>
    </message>
</context>
<context>
    <name>cybos::TickModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Buy</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
</context>
<context>
    <name>cybos::TickWriter</name>
    <message>
        <source>Tick writer backlog full (%1 ticks): new ticks are dropped and counted</source>
        <translation>Tick writer backlog full (%1 ticks): new ticks are dropped and counted</translation>
    </message>
    <message>
        <source>Tick writes resumed</source>
        <translation>Tick writes resumed</translation>
    </message>
    <message>
        <source>Cannot store ticks: %1</source>
        <translation>Cannot store ticks: %1</translation>
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
        <translation>connected</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>disconnected</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>Ticks: %1/s</source>
        <translation>Ticks: %1/s</translation>
    </message>
    <message>
        <source>API clients: %1</source>
        <translation>API clients: %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Port: %1</translation>
    </message>
    <message>
        <source>Feed reconnected</source>
        <translation>Feed reconnected</translation>
    </message>
    <message>
        <source>Realtime data flows again.</source>
        <translation>Realtime data flows again.</translation>
    </message>
    <message>
        <source>Feed disconnected</source>
        <translation>Feed disconnected</translation>
    </message>
    <message>
        <source>Cybos Server lost the market feed and keeps retrying.</source>
        <translation>Cybos Server lost the market feed and keeps retrying.</translation>
    </message>
    <message>
        <source>Cybos Server is still running</source>
        <translation>Cybos Server is still running</translation>
    </message>
    <message>
        <source>The server keeps serving in the background. Double-click the tray icon to open the window.</source>
        <translation>The server keeps serving in the background. Double-click the tray icon to open the window.</translation>
    </message>
</context>
</TS>
