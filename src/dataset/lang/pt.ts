/** Portuguese: Brazil and Portugal (Brazilian usage dominates, as it does online). */
import { sentenceCase as cap } from "../grammar.js";
import { agree as ag, at, type LanguagePack, type Place } from "../pack.js";

const P = (name: string, loc: string, country: string, countryName: string, cctld: string): Place => ({
  name,
  loc,
  country,
  countryName,
  cctld,
});

export const PT: LanguagePack = {
  lang: "pt",
  places: [
    P("São Paulo", "em São Paulo", "br", "no Brasil", "com.br"),
    P("Rio de Janeiro", "no Rio de Janeiro", "br", "no Brasil", "com.br"),
    P("Belo Horizonte", "em Belo Horizonte", "br", "no Brasil", "com.br"),
    P("Curitiba", "em Curitiba", "br", "no Brasil", "com.br"),
    P("Recife", "em Recife", "br", "no Brasil", "com.br"),
    P("Salvador", "em Salvador", "br", "no Brasil", "com.br"),
    P("Porto Alegre", "em Porto Alegre", "br", "no Brasil", "com.br"),
    P("Florianópolis", "em Florianópolis", "br", "no Brasil", "com.br"),
    P("Fortaleza", "em Fortaleza", "br", "no Brasil", "com.br"),
    P("Brasília", "em Brasília", "br", "no Brasil", "com.br"),
    P("Vila Madalena", "na Vila Madalena", "br", "no Brasil", "com.br"),
    P("Lisboa", "em Lisboa", "pt", "em Portugal", "pt"),
    P("Porto", "no Porto", "pt", "em Portugal", "pt"),
    P("Braga", "em Braga", "pt", "em Portugal", "pt"),
    P("Coimbra", "em Coimbra", "pt", "em Portugal", "pt"),
    P("Faro", "em Faro", "pt", "em Portugal", "pt"),
    P("Algarve", "no Algarve", "pt", "em Portugal", "pt"),
  ],
  adjectives: [
    { m: "pequeno", f: "pequena", pre: true },
    { m: "novo", f: "nova", pre: true },
    { m: "familiar", f: "familiar" },
    { m: "independente", f: "independente" },
    { m: "de bairro", f: "de bairro" },
    { m: "moderno", f: "moderna" },
    { m: "sustentável", f: "sustentável" },
    { m: "premium", f: "premium" },
    { m: "barato", f: "barata" },
    { m: "orgânico", f: "orgânica" },
  ],
  audiences: [
    "famílias jovens",
    "estudantes",
    "profissionais sem tempo",
    "turistas",
    "quem trabalha em home office",
    "aposentados",
    "pequenas empresas",
    "pais de primeira viagem",
    "atletas",
    "donos de pets",
    "proprietários de imóveis",
    "startups",
    "adolescentes",
    "mulheres acima dos 40",
    "expatriados",
    "mochileiros",
    "clientes exigentes",
    "o pessoal do bairro",
    "profissionais autônomos",
    "quem se preocupa com o planeta",
    "a geração Z",
    "idosos",
  ],
  values: [
    "a sustentabilidade",
    "a qualidade",
    "o preço justo",
    "o trabalho artesanal",
    "a agilidade",
    "a transparência",
    "a comunidade",
    "a privacidade",
    "a tradição",
    "a inovação",
    "a inclusão",
    "o produto local",
    "o atendimento próximo",
    "a confiabilidade",
  ],
  vibes: [
    "acolhedor",
    "moderno",
    "elegante",
    "confiável",
    "ousado",
    "tranquilo",
    "sofisticado",
    "próximo",
    "minimalista",
    "clássico",
    "fresco",
    "natural",
    "tecnológico",
    "simples",
  ],
  whens: [
    "no mês que vem",
    "na primavera",
    "neste verão",
    "depois do verão",
    "no começo do ano",
    "daqui a algumas semanas",
  ],
  families: [
    {
      id: "pt.somos",
      kind: "opener",
      frames: [
        (s) => `Somos ${s.a}${at(s)}.`,
        (s) => `Temos ${s.a}${at(s)}.`,
        (s) => `Há ${s.years} anos tocamos ${s.a}${at(s)}.`,
      ],
    },
    {
      id: "pt.abrir",
      kind: "opener",
      fresh: true,
      frames: [
        (s) => `Vou abrir ${s.a}${at(s)} ${s.when}.`,
        (s) => `Estou prestes a abrir ${s.a}${at(s)} e ainda não tenho nome.`,
        (s) => `Abrimos ${s.a}${at(s)} ${s.when}.`,
      ],
    },
    {
      id: "pt.procuro_nome",
      kind: "opener",
      frames: [
        (s) => `Procuro um nome para ${s.my}${at(s)}.`,
        (s) => `Preciso de um domínio para ${s.a}${at(s)}.`,
        (s) => `Estamos à procura de um nome marcante para ${s.our}.`,
      ],
    },
    {
      id: "pt.ajuda",
      kind: "opener",
      frames: [
        (s) => `Vocês podem me sugerir nomes de domínio para ${s.a}${at(s)}?`,
        (s) => `Me ajuda a escolher um nome para ${s.a}?`,
        (s) => `Alguém tem ideias de nome para ${s.my}?`,
      ],
    },
    {
      id: "pt.publico",
      kind: "opener",
      frames: [
        (s) => `${cap(s.a)} ${ag(s, "pensado", "pensada")} para ${s.aud}.`,
        (s) => `Estamos lançando ${s.a} para ${s.aud}${at(s)}.`,
        (s) => `Vamos montar ${s.a} ${ag(s, "voltado", "voltada")} para ${s.aud}.`,
      ],
    },
    {
      id: "pt.historia",
      kind: "opener",
      frames: [
        (s) => `Eu e minha sócia tocamos ${s.a}${at(s)} há ${s.years} anos.`,
        (s) =>
          `Depois de ${s.years} anos trabalhando para os outros, finalmente vou abrir ${ag(s, "meu próprio", "minha própria")} ${s.bare}.`,
        (s) => `Eu era professora e agora estou começando ${s.a}${at(s)}.`,
      ],
    },
    {
      id: "pt.pitch",
      kind: "opener",
      frames: [
        (s) => `${cap(s.a)}${at(s)} ${ag(s, "especializado", "especializada")} em ${s.kw[0]}.`,
        (s) => `${cap(s.a)} com foco em ${s.kw[0]} e ${s.kw[1]}.`,
        (s) => `${cap(s.a)}${at(s)} — nosso forte é ${s.kw[0]}.`,
      ],
    },
    {
      id: "pt.rebranding",
      kind: "opener",
      frames: [
        (s) => `Estamos fazendo um rebranding e ${s.our} precisa de um domínio novo.`,
        (s) => `${cap(s.our)}${at(s)} precisa de um nome novo; o atual parece antiquado.`,
      ],
    },
    {
      id: "pt.pergunta",
      kind: "opener",
      frames: [
        (s) => `Que domínio vocês dariam para ${s.a}${at(s)}?`,
        (s) => `Ideias de nome para ${s.a}?`,
        (s) => `Como vocês chamariam ${s.a}${at(s)}?`,
      ],
    },
    {
      id: "pt.formal",
      kind: "opener",
      frames: [
        (s) =>
          `Nossa empresa, ${s.a}${s.loc ? ` ${ag(s, "sediado", "sediada")} ${s.loc}` : ""}, busca um nome de domínio adequado.`,
        (s) => `Solicitamos sugestões de nomes de domínio para ${s.a}${at(s)}.`,
      ],
    },
    {
      id: "pt.expansao",
      kind: "opener",
      frames: [
        (s) =>
          s.city
            ? `Somos ${s.a} ${s.loc} e queremos crescer ${s.country}.`
            : `Somos ${s.a} e queremos crescer no digital.`,
        (s) =>
          s.city
            ? `Queremos levar ${s.our} para outras cidades ${s.country}.`
            : `Queremos levar ${s.our} para o país inteiro.`,
      ],
    },
    {
      id: "pt.ideia",
      kind: "opener",
      fresh: true,
      frames: [
        (s) => `Ideia de negócio: ${s.bare} para ${s.aud}.`,
        (s) => `Tenho uma ideia: ${s.a} para ${s.aud}${at(s)}.`,
      ],
    },
    {
      id: "pt.informal",
      kind: "opener",
      frames: [
        (s) => `oi! tenho ${s.a}${at(s)} e preciso de um domínio`,
        (s) => `Olá, vou montar ${s.a}${at(s)}, alguma ideia de nome?`,
        (s) => `E aí, alguém tem sugestão de nome para ${s.a}?`,
      ],
    },
    {
      id: "pt.palavras",
      kind: "minimal",
      frames: [
        (s) => `${s.bare} ${s.city || s.kw[0]}`,
        (s) => `${s.kw[0]} ${s.city || "online"}`,
        (s) => `${s.bare} para ${s.aud}`,
        (s) => `${s.a}${at(s)}`,
      ],
    },
    { id: "pt.lista", kind: "list", frames: [] },
  ],
  details: {
    offer: [
      (s) => `Oferecemos ${s.kw[0]} e ${s.kw[1]}.`,
      (s) => `Principalmente ${s.kw[0]}, mas também ${s.kw[1]}.`,
      (s) => `Nosso carro-chefe é ${s.kw[0]}.`,
      (s) => `Entre os serviços: ${s.kw[0]}, ${s.kw[1]} e ${s.kw[2]}.`,
    ],
    audience: [
      (s) => `É pensado para ${s.aud}.`,
      (s) => `Público-alvo: ${s.aud}.`,
      (s) => `Atendemos principalmente ${s.aud}.`,
    ],
    size: [
      () => `Por enquanto sou só eu.`,
      () => `Somos uma empresa familiar.`,
      (s) => `Somos uma equipe de ${s.team} pessoas.`,
      (s) => `Já temos ${s.branches} unidades.`,
      () => `A ideia é virar franquia mais para frente.`,
      () => `Acabamos de fechar uma pequena rodada de investimento.`,
    ],
    values: [
      (s) => `Para nós, o mais importante é ${s.value}.`,
      (s) => `Valorizamos muito ${s.value}.`,
      (s) => `O que mais prezamos é ${s.value}.`,
    ],
    vibe: [
      (s) => `O nome tem que soar ${s.vibe[0]} e ${s.vibe[1]}.`,
      (s) => `Quero algo ${s.vibe[0]}, talvez um pouco ${s.vibe[1]}.`,
      (s) => `Estilo: ${s.vibe[0]}, ${s.vibe[1]}.`,
      (s) => `Nada genérico, precisa soar ${s.vibe[0]}.`,
    ],
    history: [
      (s) => `Estamos no mercado há ${s.years} anos.`,
      (s) => `Começamos em ${s.year} como um projeto paralelo.`,
      (s) => `Meu avô fundou o negócio em ${s.year}.`,
    ],
    online: [
      () => `Queremos entrar no digital e precisamos de um site.`,
      () => `Queremos que os clientes possam agendar online.`,
      () => `A maior parte das vendas vai ser online.`,
      () => `Precisamos de um domínio para o site novo.`,
    ],
  },
  constraints: {
    short: ["curto", "um nome curto", "curto e marcante"],
    maxLength: [(n) => `no máximo ${n} letras`, (n) => `até ${n} caracteres`, (n) => `não mais que ${n} caracteres`],
    noDigits: ["sem números", "nada de números", "sem algarismos"],
    noHyphens: ["sem hífen", "sem hífens", "nada de traços"],
    tld: [(t) => `só ${t}`, (t) => `tem que ser ${t}`, (t) => `com domínio ${t}`],
    mustInclude: [(w) => `que inclua a palavra "${w}"`, (w) => `tem que ter "${w}"`, (w) => `precisa conter '${w}'`],
    playful: ["divertido", "descontraído", "algo criativo e divertido"],
    professional: ["profissional", "sério e profissional", "com cara de empresa grande"],
    leads: ["Requisitos: ", "Condições: ", "Importante: ", "Regras: "],
    or: "ou",
  },
  listLabels: {
    business: ["Negócio", "Tipo", "O que é"],
    location: ["Local", "Onde", "Cidade"],
    audience: ["Público", "Clientes", "Para quem"],
    offer: ["Produtos", "Serviços", "Vendemos"],
    vibe: ["Estilo", "Tom", "Vibe"],
    constraints: ["Requisitos", "Regras", "Importante"],
  },
  closers: ["Obrigado!", "Desde já, obrigada.", "Aceito sugestões!", "Abraço."],
};
