/*
 * libical conformance check: for each .ics file on the command line, parse
 * it, fail on any X-LIC-ERROR the parser inserted, run icalrestriction_check
 * (RFC 5545 property cardinality per component) and fail on the errors it
 * adds, then print one JSON line per VEVENT: uid, start and end as epoch
 * seconds resolved by libical through the file's own VTIMEZONE, summary and
 * description. Exit status 1 on any failure.
 */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void json_string(const char *s) {
  putchar('"');
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    if (*p == '"' || *p == '\\') printf("\\%c", *p);
    else if (*p < 0x20) printf("\\u%04x", *p);
    else putchar(*p);
  }
  putchar('"');
}

static int count_errors(icalcomponent *comp, const char *file) {
  int n = 0;
  for (icalproperty *p = icalcomponent_get_first_property(comp, ICAL_XLICERROR_PROPERTY); p;
       p = icalcomponent_get_next_property(comp, ICAL_XLICERROR_PROPERTY)) {
    fprintf(stderr, "%s: %s: %s\n", file, icalcomponent_kind_to_string(icalcomponent_isa(comp)),
            icalproperty_get_xlicerror(p));
    n++;
  }
  for (icalcomponent *c = icalcomponent_get_first_component(comp, ICAL_ANY_COMPONENT); c;
       c = icalcomponent_get_next_component(comp, ICAL_ANY_COMPONENT))
    n += count_errors(c, file);
  return n;
}

static char *read_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = malloc((size_t)size + 1);
  size_t got = fread(buf, 1, (size_t)size, f);
  buf[got] = 0;
  fclose(f);
  return buf;
}

static long long epoch(icaltimetype t) {
  return (long long)icaltime_as_timet_with_zone(t, t.zone ? t.zone : icaltimezone_get_utc_timezone());
}

int main(int argc, char **argv) {
  int failed = 0;
  for (int i = 1; i < argc; i++) {
    char *text = read_file(argv[i]);
    if (!text) { fprintf(stderr, "%s: cannot read\n", argv[i]); failed = 1; continue; }
    icalcomponent *cal = icalparser_parse_string(text);
    free(text);
    if (!cal) { fprintf(stderr, "%s: does not parse\n", argv[i]); failed = 1; continue; }
    if (count_errors(cal, argv[i]) > 0) failed = 1;
    if (!icalrestriction_check(cal) || count_errors(cal, argv[i]) > 0) {
      fprintf(stderr, "%s: icalrestriction_check failed\n", argv[i]);
      failed = 1;
    }
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
      icaltimetype start = icalcomponent_get_dtstart(ev);
      icaltimetype end = icalcomponent_get_dtend(ev);
      if (!icaltime_is_utc(start) && !start.zone) {
        fprintf(stderr, "%s: %s: DTSTART zone not resolved\n", argv[i], icalcomponent_get_uid(ev));
        failed = 1;
      }
      printf("{\"file\":");
      json_string(argv[i]);
      printf(",\"uid\":");
      json_string(icalcomponent_get_uid(ev));
      printf(",\"start\":%lld,\"end\":%lld,\"summary\":", epoch(start), epoch(end));
      json_string(icalcomponent_get_summary(ev));
      printf(",\"description\":");
      json_string(icalcomponent_get_description(ev));
      printf("}\n");
    }
    icalcomponent_free(cal);
  }
  return failed;
}
