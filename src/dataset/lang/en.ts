/** English: US, UK, Irish, Canadian and Australian usage. */
import { sentenceCase as cap } from "../grammar.js";
import { at, type LanguagePack, type Place } from "../pack.js";

const P = (name: string, loc: string, country: string, countryName: string, cctld: string): Place => ({ name, loc, country, countryName, cctld });

export const EN: LanguagePack = {
  lang: "en",
  places: [
    P("Austin", "in Austin", "us", "the US", "us"),
    P("Brooklyn", "in Brooklyn", "us", "the US", "us"),
    P("Seattle", "in downtown Seattle", "us", "the US", "us"),
    P("Denver", "in Denver", "us", "the US", "us"),
    P("Chicago", "in Chicago", "us", "the US", "us"),
    P("Portland", "in Portland, Oregon", "us", "the US", "us"),
    P("Miami", "in Miami", "us", "the US", "us"),
    P("the Bay Area", "in the Bay Area", "us", "the US", "us"),
    P("Nashville", "in Nashville", "us", "the US", "us"),
    P("Manchester", "in Manchester", "gb", "the UK", "co.uk"),
    P("Bristol", "in Bristol", "gb", "the UK", "co.uk"),
    P("Leeds", "in Leeds", "gb", "the UK", "co.uk"),
    P("Edinburgh", "in Edinburgh", "gb", "the UK", "co.uk"),
    P("East London", "in East London", "gb", "the UK", "co.uk"),
    P("Dublin", "in Dublin", "ie", "Ireland", "ie"),
    P("Galway", "in Galway", "ie", "Ireland", "ie"),
    P("Toronto", "in Toronto", "ca", "Canada", "ca"),
    P("Vancouver", "in Vancouver", "ca", "Canada", "ca"),
    P("Melbourne", "in Melbourne", "au", "Australia", "com.au"),
    P("Sydney", "in Sydney", "au", "Australia", "com.au"),
    P("Auckland", "in Auckland", "nz", "New Zealand", "co.nz"),
  ],
  adjectives: [
    { m: "small", f: "small" }, { m: "new", f: "new" }, { m: "family-run", f: "family-run" }, { m: "independent", f: "independent" },
    { m: "local", f: "local" }, { m: "modern", f: "modern" }, { m: "boutique", f: "boutique" }, { m: "sustainable", f: "sustainable" },
    { m: "affordable", f: "affordable" }, { m: "premium", f: "premium" }, { m: "tiny", f: "tiny" }, { m: "neighborhood", f: "neighborhood" },
  ],
  audiences: [
    "young families", "students", "busy professionals", "tourists", "remote workers", "retirees", "small businesses", "new parents",
    "athletes", "pet owners", "homeowners", "startups", "teenagers", "women over 40", "expats", "budget travelers", "high-end clients",
    "the local community", "freelancers", "people who care about the planet", "first-time buyers", "gen z", "seniors",
  ],
  values: [
    "sustainability", "quality", "fair prices", "craftsmanship", "speed", "transparency", "community", "privacy", "tradition",
    "innovation", "inclusivity", "local sourcing", "personal service", "reliability",
  ],
  vibes: ["warm", "modern", "elegant", "trustworthy", "bold", "calm", "premium", "friendly", "minimal", "classic", "fresh", "earthy", "techy", "approachable"],
  whens: ["next spring", "this summer", "in the fall", "next month", "early next year", "in a few weeks"],
  families: [
    { id: "en.we_are", kind: "opener", frames: [
      (s) => `We are ${s.a}${at(s)}.`,
      (s) => `We're ${s.a}${at(s)}.`,
      (s) => `We run ${s.a}${at(s)}.`,
    ] },
    { id: "en.opening", kind: "opener", fresh: true, frames: [
      (s) => `I'm opening ${s.a}${at(s)} ${s.when}.`,
      (s) => `Opening ${s.a}${at(s)} soon.`,
      (s) => `About to open ${s.a}${at(s)} and still don't have a name.`,
    ] },
    { id: "en.need_name", kind: "opener", frames: [
      (s) => `I need a domain name for ${s.my}${at(s)}.`,
      (s) => `Need a name for ${s.a}${at(s)}.`,
      (s) => `Looking for a domain for ${s.our}.`,
      (s) => `We need a catchy name and domain for ${s.a}.`,
    ] },
    { id: "en.help", kind: "opener", frames: [
      (s) => `Can you suggest domain names for ${s.a}${at(s)}?`,
      (s) => `Help me name ${s.a}${at(s)}.`,
      (s) => `Could you come up with a few names for ${s.a}?`,
    ] },
    { id: "en.for_audience", kind: "opener", frames: [
      (s) => `Launching ${s.a} for ${s.aud}${at(s)}.`,
      (s) => `${cap(s.a)} for ${s.aud}.`,
      (s) => `We're building ${s.a} for ${s.aud}.`,
    ] },
    { id: "en.story", kind: "opener", frames: [
      (s) => `My partner and I have been running ${s.a}${at(s)} for ${s.years} years.`,
      (s) => `After ${s.years} years working for other people, I'm finally starting my own ${s.bare}.`,
      (s) => `I used to be an accountant and now I'm starting ${s.a}${at(s)}.`,
    ] },
    { id: "en.pitch", kind: "opener", frames: [
      (s) => `${cap(s.a)}${at(s)} specializing in ${s.kw[0]}.`,
      (s) => `${cap(s.a)} focused on ${s.kw[0]} and ${s.kw[1]}.`,
      (s) => `${cap(s.a)}${at(s)}, known for ${s.kw[0]}.`,
    ] },
    { id: "en.rebrand", kind: "opener", frames: [
      (s) => `We're rebranding ${s.our} and want a new domain.`,
      (s) => `${cap(s.our)}${at(s)} needs a fresh name.`,
      (s) => `Time to rename ${s.our}: the old name sounds dated.`,
    ] },
    { id: "en.question", kind: "opener", frames: [
      (s) => `What's a good domain for ${s.a}${at(s)}?`,
      (s) => `Any name ideas for ${s.a}?`,
      (s) => `What would you call ${s.a}${at(s)}?`,
    ] },
    { id: "en.formal", kind: "opener", frames: [
      (s) => `Our company operates as ${s.a}${at(s)} and is seeking a suitable domain name.`,
      (s) => `We are ${s.a}${s.loc ? " based " + s.loc : ""} and require a domain name for our online presence.`,
      (s) => `Please propose domain names for ${s.a}${s.loc ? " located " + s.loc : ""}.`,
    ] },
    { id: "en.expanding", kind: "opener", frames: [
      (s) => (s.city ? `We're ${s.a} ${s.loc} and we're expanding across ${s.country}.` : `We're ${s.a} and we're expanding online.`),
      (s) => (s.city ? `Taking ${s.our} from ${s.city} to the rest of ${s.country}.` : `Taking ${s.our} nationwide.`),
    ] },
    { id: "en.idea", kind: "opener", fresh: true, frames: [
      (s) => `Business idea: ${s.bare} for ${s.aud}.`,
      (s) => `Idea: ${s.a} for ${s.aud}${at(s)}.`,
      (s) => `Side project turning into ${s.a}.`,
    ] },
    { id: "en.keywords", kind: "minimal", frames: [
      (s) => `${s.bare} ${s.city || s.kw[0]}`,
      (s) => `${s.kw[0]} ${s.bare}`,
      (s) => `${s.bare} for ${s.aud}`,
      (s) => `${s.vibe[0]} ${s.bare}${s.city ? " " + s.city : ""}`,
    ] },
    { id: "en.list", kind: "list", frames: [] },
  ],
  details: {
    offer: [
      (s) => `We offer ${s.kw[0]} and ${s.kw[1]}.`,
      (s) => `Mostly ${s.kw[0]}, but also ${s.kw[1]}.`,
      (s) => `Our focus is ${s.kw[0]}.`,
      (s) => `Services include ${s.kw[0]}, ${s.kw[1]} and ${s.kw[2]}.`,
    ],
    audience: [
      (s) => `It's aimed at ${s.aud}.`,
      (s) => `Target audience: ${s.aud}.`,
      (s) => `We mainly serve ${s.aud}.`,
    ],
    size: [
      () => `It's just me for now.`,
      () => `We're a family business.`,
      (s) => `We are a team of ${s.team}.`,
      (s) => `We already have ${s.branches} locations.`,
      () => `It will be a franchise eventually.`,
      () => `We just closed a small seed round.`,
    ],
    values: [
      (s) => `We care a lot about ${s.value}.`,
      (s) => `${cap(s.value)} matters to us.`,
      (s) => `Our big thing is ${s.value}.`,
    ],
    vibe: [
      (s) => `The name should feel ${s.vibe[0]} and ${s.vibe[1]}.`,
      (s) => `Looking for something ${s.vibe[0]}, maybe a bit ${s.vibe[1]}.`,
      (s) => `Vibe: ${s.vibe[0]}, ${s.vibe[1]}.`,
      (s) => `Nothing generic, it should sound ${s.vibe[0]}.`,
    ],
    history: [
      (s) => `We've been around for ${s.years} years.`,
      (s) => `Started in ${s.year} as a side project.`,
      (s) => `My grandfather founded it in ${s.year}.`,
    ],
    online: [
      () => `We're moving online and need a website.`,
      () => `We want to take bookings online.`,
      () => `Most of our sales will be online.`,
      () => `We need a domain for the new website.`,
    ],
  },
  constraints: {
    short: ["short", "a short name", "short and punchy"],
    maxLength: [(n) => `max ${n} letters`, (n) => `no longer than ${n} characters`, (n) => `${n} characters max`],
    noDigits: ["no numbers", "no digits", "without numbers"],
    noHyphens: ["no hyphens", "no dashes", "without hyphens"],
    tld: [(t) => `${t} only`, (t) => `must be ${t}`, (t) => `on ${t}`],
    mustInclude: [(w) => `must include '${w}'`, (w) => `with the word "${w}" in it`, (w) => `has to contain "${w}"`],
    playful: ["playful", "fun and playful", "something quirky"],
    professional: ["professional", "serious and professional", "corporate-sounding"],
    leads: ["Requirements: ", "Constraints: ", "Must haves: ", "A few rules: "],
    or: "or",
  },
  listLabels: {
    business: ["Business", "Type", "What"],
    location: ["Location", "Where", "City"],
    audience: ["Audience", "Customers", "Target"],
    offer: ["Products", "Services", "We sell"],
    vibe: ["Vibe", "Style", "Tone"],
    constraints: ["Requirements", "Rules", "Must"],
  },
  closers: ["Thanks!", "Thanks in advance.", "Any ideas welcome!", "Cheers."],
};
