#pragma once

// A test's stand-in for Zoho's servers (the sandbox or a big-answer server on a thread of the test)
// runs on the same two cores as the application, which Zoho's servers never do. Called at the start of
// such a thread's run(), this lowers that thread's scheduling weight (nice 10 on Linux, where a thread
// has its own; QThread::LowestPriority elsewhere), so that it serves at full speed on a free core but
// does not take the CPU from the GUI thread and Qt's painting helpers whose gaps the test measures.
namespace RemotePeerThread {

void yieldToTheApplication();

} // namespace RemotePeerThread
