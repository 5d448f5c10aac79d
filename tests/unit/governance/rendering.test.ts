import ical from 'node-ical';
import { buildCalendar } from '../../../src/plugins/governance/server/render/calendar-ics';
import { minutesPage } from '../../../src/plugins/governance/server/render/minutes-page';
import { plainText, sanitizeRichText } from '../../../src/plugins/governance/server/utils/rich-text';

describe('rich text of agendas and minutes', () => {
  it('keeps the small allowlist', () => {
    const html =
      '<h3>Punto</h3><p><strong>Deciso</strong> e <em>approvato</em>:</p><ul><li>uno</li></ul><a href="https://example.org">link</a>';
    expect(sanitizeRichText(html)).toBe(
      html.replace('<a href="https://example.org">', '<a href="https://example.org" rel="noopener noreferrer">')
    );
  });

  it('stores a script or an event handler inert: escaped as text, handlers removed', () => {
    const clean = sanitizeRichText(
      '<p onclick="steal()">Testo<script>alert(1)</script></p><img src=x onerror="alert(2)"><a href="javascript:alert(3)">x</a>'
    );
    expect(clean).not.toMatch(/<script|onclick|onerror|javascript:|<img/i);
    expect(clean).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(clean).toContain('<p>Testo');
  });

  it('gives plain text for the PDF and calendars', () => {
    expect(plainText('<p>a &amp; b</p><ul><li>uno</li><li>due &lt;3</li></ul>')).toBe('a & b\nuno\ndue <3');
  });
});

describe('the minutes page', () => {
  it('escapes plain fields and sanitises the texts again', () => {
    const page = minutesPage({
      bodyName: 'Tavolo <b>x</b>',
      title: 'Verbale "1"',
      meetingTitle: 'Seduta',
      startsAt: '2026-03-12T14:00:00Z',
      state: 'published',
      version: 2,
      approvedOn: '2026-04-01T10:00:00Z',
      publishedOn: '2026-04-02T10:00:00Z',
      opening: '<p>Apertura</p><script>alert(1)</script>',
      items: [{ key: 'a', title: 'Punto <i>1</i>', text: '<p onmouseover="x()">Testo</p>' }],
      actions: [
        {
          kind: 'action',
          itemKey: 'a',
          text: 'Fare <subito>',
          owner: 'UdP',
          dueDate: '2026-05-31',
          status: 'open',
          services: ['SAIL'],
        },
      ],
    });
    expect(page).not.toMatch(/<script|onmouseover|<b>x|<i>1|<subito>/);
    expect(page).toContain('Tavolo &lt;b&gt;x&lt;/b&gt;');
    expect(page).toContain('Fare &lt;subito&gt;');
    expect(page).toContain('versione / version 2');
  });
});

describe('iCalendar feeds', () => {
  const base = {
    title: 'GPS: incontro, primo; «test»',
    startsAt: '2026-12-09T13:30:00.000Z',
    endsAt: '2026-12-09T15:30:00.000Z',
    location: 'Sala, Cernusco',
    description: 'Ordine del giorno:\n1. Punto',
    sequence: 2,
    lastModified: '2026-11-20T10:00:00.000Z',
  };

  it('parses back with node-ical: times in UTC, texts, status, sequence', () => {
    const ics = buildCalendar('GPS Povertà', [
      { ...base, uid: 'a@ambito', url: 'https://meet.example.org/x', cancelled: false },
      { ...base, uid: 'b@ambito', url: null, endsAt: null, cancelled: true },
    ]);
    const parsed = ical.sync.parseICS(ics);
    const a = parsed['a@ambito'] as ical.VEvent;
    const b = parsed['b@ambito'] as ical.VEvent;
    expect(a.type).toBe('VEVENT');
    expect(new Date(a.start as Date).toISOString()).toBe(base.startsAt);
    expect(new Date(a.end as Date).toISOString()).toBe(base.endsAt);
    expect(a.summary).toBe(base.title);
    expect(a.location).toBe(base.location);
    expect(a.description).toBe(base.description);
    expect(a.status).toBe('CONFIRMED');
    expect(Number(a.sequence)).toBe(2);
    expect(b.status).toBe('CANCELLED');
    expect(new Date(b.end as Date).getTime() - new Date(b.start as Date).getTime()).toBe(2 * 3600 * 1000);
  });

  it('leaves out a link calendar apps would refuse, and control characters', () => {
    const ics = buildCalendar('X', [{ ...base, uid: 'c@ambito', title: 'A\u0007B', url: 'https://bad host', cancelled: false }]);
    const event = ical.sync.parseICS(ics)['c@ambito'] as ical.VEvent;
    expect(event.summary).toBe('AB');
    expect(event.url).toBeUndefined();
  });

  it('is a valid empty calendar when there are no meetings', () => {
    const parsed = ical.sync.parseICS(buildCalendar('Vuoto', []));
    expect(Object.values(parsed).filter((c) => c?.type === 'VEVENT')).toHaveLength(0);
  });
});
