// The outbox spaces a job's attempts with the same policy the REST client applies to one request.
export * from '../wordpress/retry-policy';
