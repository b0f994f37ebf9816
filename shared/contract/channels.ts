import type { OperationName } from './operations';
import type { EventName } from './events';

// The only place channel strings are made; lint forbids them anywhere else.
const PREFIX = 'presswork:';

export const operationChannel = (name: OperationName): string => `${PREFIX}op:${name}`;
export const eventChannel = (name: EventName): string => `${PREFIX}event:${name}`;
