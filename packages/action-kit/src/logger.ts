import type { FileLocation } from './errors.js'

/** Where a warning or error points: the runner turns these into file/line annotations. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/**
 * What logic modules log through. Actions pass the runner-backed logger from `coreLogger()`; tests pass
 * `recordingLogger()` and assert on what was recorded, so no module needs mocking.
 */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  notice(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  group<T>(name: string, body: () => Promise<T>): Promise<T>
}

export type LogLevel = 'debug' | 'info' | 'notice' | 'warning' | 'error' | 'group'

export interface LogRecord {
  level: LogLevel
  message: string
  properties?: AnnotationProperties
}

export interface RecordingLogger extends Logger {
  readonly records: LogRecord[]
  /** Messages of one level, in order. */
  messages(level: LogLevel): string[]
}

export function recordingLogger(): RecordingLogger {
  const records: LogRecord[] = []
  const add = (level: LogLevel) => (message: string, properties?: AnnotationProperties) => {
    records.push(properties ? { level, message, properties } : { level, message })
  }
  return {
    records,
    messages: (level) => records.filter((r) => r.level === level).map((r) => r.message),
    debug: add('debug'),
    info: add('info'),
    notice: add('notice'),
    warning: add('warning'),
    error: add('error'),
    async group<T>(name: string, body: () => Promise<T>): Promise<T> {
      records.push({ level: 'group', message: name })
      return body()
    },
  }
}

/** A logger that drops everything: for callers that have nothing to say to a user. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_name, body) => body(),
}

export function annotationAt(location: FileLocation, title?: string): AnnotationProperties {
  const properties: AnnotationProperties = { file: location.file }
  if (location.line !== undefined) {
    properties.startLine = location.line
    properties.endLine = location.line
  }
  if (location.column !== undefined) properties.startColumn = location.column
  if (title !== undefined) properties.title = title
  return properties
}
