// The zones issue 3 asks to cover (plus UTC): whole-hour, half-hour and
// 45-minute offsets, one- and half-hour DST shifts, northern and southern DST.
export const ZONES = [
  'Europe/Stockholm',
  'Europe/Copenhagen',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'Australia/Lord_Howe',
  'UTC',
] as const
