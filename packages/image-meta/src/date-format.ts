/**
 * Formats a date with the moment.js tokens that metadata-action's `{{date}}` and `{{commit_date}}` accept, in an IANA
 * time zone through Intl (no moment dependency). Supported: YYYY YY Q M MM MMM MMMM D DD DDD DDDD d ddd dddd H HH h hh
 * m mm s ss S SS SSS A a Z ZZ X x, and `[literal]` escapes; other letters pass through as moment does.
 */
export class TimeZoneError extends Error {
  override readonly name = 'TimeZoneError'
  constructor(readonly timeZone: string) {
    super(`unknown time zone ${JSON.stringify(timeZone)}`)
  }
}

interface Fields {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  weekday: number
  offsetMinutes: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        weekday: 'short',
      })
    } catch {
      throw new TimeZoneError(timeZone)
    }
    formatters.set(timeZone, formatter)
  }
  return formatter
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

export function zonedFields(date: Date, timeZone: string): Fields {
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(date)) parts[part.type] = part.value
  const fields = {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  }
  const asUtc = Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second)
  const offsetMinutes = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000)
  return { ...fields, offsetMinutes }
}

const TOKENS =
  /\[([^\]]*)\]|YYYY|YY|Q|MMMM|MMM|MM|M|DDDD|DDD|DD|D|dddd|ddd|d|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x/g

export function formatDate(date: Date, format: string | undefined, timeZone = 'UTC'): string {
  const f = zonedFields(date, timeZone)
  // moment's format() without a format: ISO 8601, `Z` for a zero offset (its defaultFormatUtc), else `+hh:mm`.
  if (format === undefined || format === '')
    format = f.offsetMinutes === 0 ? 'YYYY-MM-DDTHH:mm:ss[Z]' : 'YYYY-MM-DDTHH:mm:ssZ'
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12
  const dayOfYear = (Date.UTC(f.year, f.month - 1, f.day) - Date.UTC(f.year, 0, 1)) / 86_400_000 + 1
  const offset = (separator: string) => {
    const sign = f.offsetMinutes < 0 ? '-' : '+'
    const abs = Math.abs(f.offsetMinutes)
    return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`
  }
  const ms = date.getUTCMilliseconds()
  return format.replace(TOKENS, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal
    switch (token) {
      case 'YYYY':
        return pad(f.year, 4)
      case 'YY':
        return pad(f.year % 100)
      case 'Q':
        return String(Math.ceil(f.month / 3))
      case 'MMMM':
        return MONTH_NAMES[f.month - 1] ?? ''
      case 'MMM':
        return (MONTH_NAMES[f.month - 1] ?? '').slice(0, 3)
      case 'MM':
        return pad(f.month)
      case 'M':
        return String(f.month)
      case 'DDDD':
        return pad(dayOfYear, 3)
      case 'DDD':
        return String(dayOfYear)
      case 'DD':
        return pad(f.day)
      case 'D':
        return String(f.day)
      case 'dddd':
        return WEEKDAY_NAMES[f.weekday] ?? ''
      case 'ddd':
        return WEEKDAYS[f.weekday] ?? ''
      case 'd':
        return String(f.weekday)
      case 'HH':
        return pad(f.hour)
      case 'H':
        return String(f.hour)
      case 'hh':
        return pad(hour12)
      case 'h':
        return String(hour12)
      case 'mm':
        return pad(f.minute)
      case 'm':
        return String(f.minute)
      case 'ss':
        return pad(f.second)
      case 's':
        return String(f.second)
      case 'SSS':
        return pad(ms, 3)
      case 'SS':
        return pad(Math.floor(ms / 10))
      case 'S':
        return String(Math.floor(ms / 100))
      case 'A':
        return f.hour < 12 ? 'AM' : 'PM'
      case 'a':
        return f.hour < 12 ? 'am' : 'pm'
      case 'ZZ':
        return offset('')
      case 'Z':
        return offset(':')
      case 'X':
        return String(Math.floor(date.getTime() / 1000))
      default:
        return String(date.getTime())
    }
  })
}
