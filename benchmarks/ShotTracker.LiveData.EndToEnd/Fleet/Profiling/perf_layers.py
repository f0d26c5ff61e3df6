# Puts each sample of `perf script` output (perf record -e cpu-clock -g on a fleet process, with
# DOTNET_PerfMapEnabled=1 and DOTNET_EnableWriteXorExecute=0) in the first layer found walking its stack from the leaf,
# and prints the shares; with cores and msg/s also microseconds of CPU per message. BENCHMARKS.md, "The fleet against its floor".
# usage: python3 perf_layers.py perf-script.txt [cores msg_per_s]
import sys, re, collections
cats = [
 ('consumer (fleet loop)', r'ClientFleetMember|FloorFleetMember\+<ReceiveAsync>'),
 ('floor reader pass', r'ReaderFloor'),
 ('parse (Protocol)', r'ShotTracker\.LiveData\.Protocol\.|LiveDataMessageSerializer'),
 ('counters/metrics/log', r'ClientCounters|LiveDataMetrics|LiveDataClientLog|Diagnostics\.'),
 ('hand-off (EventBuffer/Subscriber)', r'EventBuffer|Subscriber|ValueTaskSignal|EventQueue'),
 ('keep-alive / timers', r'KeepAlive|TimerQueue|TimerQueueTimer|Task\+DelayPromise|SendPingAsync|ManagedWebSocket::SendKeepAlive|KeepAliveTimer'),
 ('client receive loop (StreamSession/LiveConnection)', r'StreamSession|LiveConnection|PooledByteBufferWriter'),
 ('websocket framing (ManagedWebSocket)', r'ManagedWebSocket'),
 ('http stream (HttpConnection)', r'System\.Net\.Http\.'),
 ('socket completion (Sockets)', r'System\.Net\.Sockets\.Socket(?!AsyncEngine::System\.Threading\.IThreadPoolWorkItem)|SocketPal|SocketAsyncContext|SocketAsyncEventArgs'),
 ('epoll thread / engine', r'SocketAsyncEngine'),
 ('thread pool dispatch', r'ThreadPoolWorkQueue|PortableThreadPool|WorkerThread|LowLevelLifoSemaphore|ExecutionContext|AsyncStateMachineBox|AsyncTaskMethodBuilder|ThreadPool'),
]
cats=[(n,re.compile(p)) for n,p in cats]
kern = [('kernel: recv', r'recvfrom|recvmsg|tcp_recv|__libc_recv|SystemNative_Receive|skb_|copy_to_iter'),
        ('kernel: epoll', r'epoll|ep_|sock_poll|tcp_poll'),
        ('kernel: send', r'sendto|sendmsg|tcp_sendmsg|__libc_send|tcp_transmit|SystemNative_Send'),
        ('kernel: futex/sched (thread wake/sleep)', r'futex|schedule|sched_yield|__sched|pthread_cond|do_sched'),]
kern=[(n,re.compile(p)) for n,p in kern]
samples=collections.Counter(); native=collections.Counter(); threads=collections.Counter()
total=0
def flush(hdr, frames):
    global total
    if not hdr: return
    total+=1
    thread=re.sub(r'[ \d]+$','',hdr.split('  ')[0]).strip()
    thread=re.sub(r'\s*\d+\s+[\d.]+:.*','',hdr).strip()
    threads[thread]+=1
    leafk=None
    for f in frames[:8]:
        for n,p in kern:
            if p.search(f): leafk=n;break
        if leafk: break
    mcat=None
    for f in frames:
        for n,p in cats:
            if p.search(f): mcat=n;break
        if mcat: break
    leaf=frames[0] if frames else ''
    if leafk: key=leafk
    elif 'libcoreclr' in leaf or 'libclrjit' in leaf or 'libc.so' in leaf or '[unknown]' in leaf and 'perf-' not in leaf:
        key='runtime native (GC, alloc, barriers, waits) under: '+(mcat or 'none')
        if 'libclrjit' in leaf: key='JIT'
    else:
        key=mcat or 'other managed: '+re.sub(r'^\s*\w+\s+','',leaf)[:100]
    samples[key]+=1
hdr=None; frames=[]
for line in open(sys.argv[1]):
    if not line.strip():
        flush(hdr,frames); hdr=None; frames=[]; continue
    if not line.startswith('\t') and not line.startswith(' '):
        hdr=line.strip(); frames=[]
    else:
        frames.append(line.strip())
flush(hdr,frames)
cores=float(sys.argv[2]) if len(sys.argv)>2 else None
msgs=float(sys.argv[3]) if len(sys.argv)>3 else None
print('total samples',total)
for k,v in samples.most_common(40):
    extra=''
    if cores and msgs: extra=f'  {cores*v/total/msgs*1e6:6.2f} µs/msg'
    print(f'{100*v/total:6.2f}%  {k}{extra}')
print('threads:',threads.most_common(8))
