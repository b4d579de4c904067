// Only a declaration lives in this target (see include/CYamlLimits.h).
#include "CYamlLimits.h"
