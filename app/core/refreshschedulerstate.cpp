#include "refreshschedulerstate.h"

void RefreshSchedulerState::registerMetaType()
{
    qRegisterMetaType<RefreshSchedulerState>();
}
