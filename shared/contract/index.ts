export * from './result';
export * from './operations';
export * from './events';
export * from './channels';
export * from './api';
