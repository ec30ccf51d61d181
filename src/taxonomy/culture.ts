/** Industries of the sectors creative_media, events, sports_recreation, entertainment and personal_services. */
import { industry as I, type Industry } from "./define.js";

const MEDIA = "creative_media";
const EVENTS = "events";
const SPORT = "sports_recreation";
const FUN = "entertainment";
const PERSONAL = "personal_services";

export const CULTURE: Industry[] = [
  I(MEDIA, "photography_studio", "Photography studio", "photography photo photos studio", {
    en: "photography studio, photographer, portrait photography, wedding photography, headshots | lens, frame, shutter, flash, focus, aperture, light, click, snap, prism",
    es: "m:estudio de fotografía, fotógrafo, fotografía de retrato, fotografía de bodas, fotos | lente, encuadre, obturador, flash, foco, luz, clic, instante, prisma",
    fr: "m:studio photo, photographe, photographie de portrait, photographe de mariage, photos | objectif, cadre, obturateur, flash, mise au point, lumière, déclic, instant, prisme",
    de: "n:fotostudio, fotograf, porträtfotografie, hochzeitsfotografie, bewerbungsfotos | linse, rahmen, verschluss, blitz, fokus, blende, licht, klick, prisma",
    pt: "m:estúdio de fotografia, fotógrafo, ensaio fotográfico, fotografia de casamento, fotos | lente, enquadramento, obturador, flash, foco, luz, clique, instante, prisma",
    it: "m:studio fotografico, fotografo, ritratti, fotografia di matrimonio, foto | obiettivo, cornice, otturatore, flash, fuoco, luce, scatto, istante, prisma",
  }),
  I(MEDIA, "video_production", "Video production company", "film video studio media", {
    en: "video production company, video production, filmmaking, corporate videos, commercials, drone footage | reel, frame, take, cut, scene, lens, motion, cinema, shot",
    es: "f:productora audiovisual, producción de vídeo, audiovisual, vídeos corporativos, anuncios | bobina, fotograma, toma, corte, escena, lente, movimiento, cine, plano",
    fr: "f:société de production audiovisuelle, production vidéo, audiovisuel, films d'entreprise, publicités | bobine, image, prise, coupe, scène, objectif, mouvement, cinéma, plan",
    de: "f:videoproduktionsfirma, videoproduktion, filmproduktion, imagefilme, werbespots | rolle, bild, take, schnitt, szene, linse, bewegung, kino, einstellung",
    pt: "f:produtora de vídeo, produção audiovisual, audiovisual, vídeos institucionais, comerciais | rolo, quadro, tomada, corte, cena, lente, movimento, cinema, plano",
    it: "f:casa di produzione video, produzione video, audiovisivi, video aziendali, spot | pellicola, fotogramma, ciak, taglio, scena, obiettivo, movimento, cinema, inquadratura",
  }),
  I(MEDIA, "podcast_network", "Podcast network", "fm audio media show", {
    en: "podcast network, podcast, podcasting, audio shows, podcast production | mic, echo, wave, voice, cast, static, tune, signal, listen, episode",
    es: "f:red de pódcasts, pódcast, podcasts, programas de audio, producción de pódcasts | micro, eco, onda, voz, señal, frecuencia, escucha, episodio",
    fr: "m:réseau de podcasts, podcast, podcasts, émissions audio, production de podcasts | micro, écho, onde, voix, signal, fréquence, écoute, épisode",
    de: "n:podcast-netzwerk, podcast, podcasts, audioformate, podcast-produktion | mikro, echo, welle, stimme, signal, frequenz, hören, folge",
    pt: "f:rede de podcasts, podcast, podcasts, programas de áudio, produção de podcasts | microfone, eco, onda, voz, sinal, frequência, escuta, episódio",
    it: "m:network di podcast, podcast, programmi audio, produzione podcast, radio | microfono, eco, onda, voce, segnale, frequenza, ascolto, puntata",
  }),
  I(MEDIA, "graphic_design_studio", "Graphic design studio", "design studio graphics art", {
    en: "graphic design studio, graphic designer, branding, logo design, illustration | ink, grid, hue, glyph, kern, serif, mark, palette, sketch, line",
    es: "m:estudio de diseño gráfico, diseñador gráfico, branding, diseño de logotipos, ilustración | tinta, retícula, matiz, glifo, serifa, marca, paleta, boceto, línea",
    fr: "m:studio de design graphique, graphiste, identité visuelle, création de logo, illustration | encre, grille, nuance, glyphe, empattement, marque, palette, croquis, trait",
    de: "n:grafikdesign-studio, grafikdesigner, corporate design, logodesign, illustration | tinte, raster, farbton, glyphe, serife, marke, palette, skizze, linie",
    pt: "m:estúdio de design gráfico, designer gráfico, identidade visual, criação de logotipos, ilustração | tinta, grade, matiz, glifo, serifa, marca, paleta, esboço, traço",
    it: "m:studio di grafica, grafico, brand identity, logo design, illustrazione | inchiostro, griglia, tinta, glifo, grazia, marchio, tavolozza, schizzo, tratto",
  }),
  I(MEDIA, "publishing_house", "Publishing house", "press media", {
    en: "publishing house, publisher, book publishing, independent press, self-publishing | quill, folio, press, page, imprint, verse, ink, codex, leaf",
    es: "f:editorial, editor, publicación de libros, editorial independiente, autopublicación | pluma, folio, imprenta, página, sello, verso, tinta, códice, hoja",
    fr: "f:maison d'édition, éditeur, édition de livres, édition indépendante, autoédition | plume, folio, presse, page, marque, vers, encre, codex, feuillet",
    de: "m:verlag, verleger, buchverlag, unabhängiger verlag, selfpublishing | feder, folio, presse, seite, impressum, vers, tinte, kodex, blatt",
    pt: "f:editora, editor, publicação de livros, editora independente, autopublicação | pena, fólio, prensa, página, selo, verso, tinta, códice, folha",
    it: "f:casa editrice, editore, editoria, editoria indipendente, self-publishing | piuma, foglio, torchio, pagina, marchio, verso, inchiostro, codice, carta",
  }),

  I(EVENTS, "wedding_planner", "Wedding planner", "wedding events party", {
    en: "wedding planning company, wedding planner, weddings, destination weddings, elopements | vow, ring, aisle, bloom, toast, ever, knot, dove, lace, honey",
    es: "f:empresa de organización de bodas, wedding planner, bodas, bodas de destino, organización de bodas | voto, anillo, altar, flor, brindis, siempre, lazo, paloma, encaje",
    fr: "f:agence d'organisation de mariages, wedding planner, mariages, mariage à l'étranger, organisatrice de mariage | vœu, alliance, autel, fleur, toast, toujours, nœud, colombe, dentelle",
    de: "f:hochzeitsplanung, hochzeitsplaner, hochzeiten, hochzeit im ausland, trauung | gelübde, ring, altar, blüte, toast, ewig, knoten, taube, spitze",
    pt: "f:assessoria de casamentos, cerimonialista, casamentos, destination wedding, organização de casamentos | voto, aliança, altar, flor, brinde, sempre, laço, pomba, renda",
    it: "f:agenzia di wedding planning, wedding planner, matrimoni, matrimoni destination, organizzazione matrimoni | voto, fede, altare, fiore, brindisi, sempre, nodo, colomba, pizzo",
  }),
  I(EVENTS, "event_venue", "Event venue", "events space", {
    en: "event venue, wedding venue, conference venue, banquet hall, function room | hall, loft, barn, terrace, gallery, court, manor, yard, atrium",
    es: "m:espacio para eventos, finca para bodas, salón de eventos, salón de banquetes, sala de conferencias | salón, loft, granero, terraza, galería, patio, hacienda, atrio",
    fr: "m:lieu événementiel, salle de réception, domaine pour mariage, salle de séminaire, salle des fêtes | salle, loft, grange, terrasse, galerie, cour, manoir, atrium",
    de: "f:eventlocation, hochzeitslocation, veranstaltungsort, festsaal, tagungsraum | saal, loft, scheune, terrasse, galerie, hof, gut, atrium",
    pt: "m:espaço de eventos, salão de festas, espaço para casamentos, salão de banquetes, centro de convenções | salão, loft, celeiro, terraço, galeria, pátio, quinta, átrio",
    it: "f:location per eventi, location per matrimoni, sala ricevimenti, sala convegni, villa per eventi | sala, loft, fienile, terrazza, galleria, corte, villa, atrio",
  }),
  I(EVENTS, "dj_service", "DJ and party entertainment", "dj events party music", {
    en: "dj service, dj, wedding dj, party dj, sound and lighting | beat, drop, bass, mix, groove, vinyl, spin, deck, fader, loop",
    es: "m:servicio de dj, dj, dj para bodas, pinchadiscos, sonido e iluminación | ritmo, bajo, mezcla, groove, vinilo, giro, plato, bucle, fiesta",
    fr: "m:service de dj, dj, dj mariage, animation soirée, son et lumière | beat, basse, mix, groove, vinyle, platine, boucle, fête, ambiance",
    de: "m:dj-service, dj, hochzeits-dj, party-dj, ton und licht | takt, drop, bass, plattenteller, rille, schallplatte, mischpult, tanz, fete, sause",
    pt: "m:serviço de dj, dj, dj para casamentos, som e iluminação, animação de festas | batida, grave, mix, groove, vinil, pick-up, loop, festa, pista",
    it: "m:servizio dj, dj, dj per matrimoni, animazione feste, service audio luci | beat, bassi, mix, groove, vinile, consolle, loop, festa, pista",
  }),

  I(SPORT, "football_club", "Amateur football club", "football soccer club sport", {
    en: "football club, soccer club, amateur football, youth soccer, five-a-side | goal, pitch, kick, boot, net, striker, keeper, derby, kit",
    es: "m:club de fútbol, fútbol, fútbol amateur, escuela de fútbol, fútbol sala | gol, campo, chut, bota, red, delantero, portero, derbi, equipación",
    fr: "m:club de football, foot, football amateur, école de foot, futsal | but, terrain, frappe, crampon, filet, buteur, gardien, derby, maillot",
    de: "m:fußballverein, fußball, amateurfußball, jugendfußball, futsal | tor, platz, schuss, stollen, netz, stürmer, keeper, derby, trikot",
    pt: "m:clube de futebol, futebol, futebol amador, escolinha de futebol, futsal | gol, campo, chute, chuteira, rede, atacante, goleiro, clássico, camisa",
    it: "f:squadra di calcio, calcio, calcio dilettantistico, scuola calcio, calcetto | gol, campo, tiro, scarpino, rete, bomber, portiere, derby, maglia",
  }),
  I(SPORT, "climbing_gym", "Climbing gym", "fitness", {
    en: "climbing gym, bouldering gym, rock climbing, bouldering, climbing wall | crag, crux, chalk, ledge, summit, grip, rope, boulder, crimp, peak",
    es: "m:rocódromo, escalada, búlder, escalada en roca, muro de escalada | risco, paso clave, magnesio, repisa, cumbre, agarre, cuerda, bloque, presa, pico",
    fr: "f:salle d'escalade, escalade, bloc, escalade en falaise, mur d'escalade | falaise, crux, magnésie, vire, sommet, prise, corde, bloc, réglette, pic",
    de: "f:kletterhalle, boulderhalle, klettern, bouldern, kletterwand | fels, crux, chalk, sims, gipfel, griff, seil, block, leiste, spitze",
    pt: "m:ginásio de escalada, escalada, boulder, escalada em rocha, muro de escalada | penhasco, crux, magnésio, saliência, cume, agarra, corda, bloco, regleta, pico",
    it: "f:palestra di arrampicata, arrampicata, boulder, arrampicata su roccia, parete d'arrampicata | falesia, passaggio, magnesite, cengia, vetta, presa, corda, masso, tacca, picco",
  }),
  I(SPORT, "surf_school", "Surf school", "surf school travel", {
    en: "surf school, surf lessons, surfing, surf camp, paddleboarding | wave, swell, tide, reef, barrel, curl, break, board, salt, drift",
    es: "f:escuela de surf, clases de surf, surf, campamento de surf, paddle surf | ola, marejada, marea, arrecife, tubo, rompiente, tabla, sal, deriva",
    fr: "f:école de surf, cours de surf, surf, surf camp, stand up paddle | vague, houle, marée, récif, tube, déferlante, planche, sel, dérive",
    de: "f:surfschule, surfkurse, surfen, surfcamp, stand-up-paddling | welle, dünung, flut, riff, tube, brandung, brett, salz, drift",
    pt: "f:escola de surf, aulas de surf, surf, surf camp, stand up paddle | onda, swell, maré, recife, tubo, arrebentação, prancha, sal, deriva",
    it: "f:scuola di surf, lezioni di surf, surf, surf camp, sup | onda, mareggiata, marea, scogliera, tubo, frangente, tavola, sale, deriva",
  }),
  I(SPORT, "bike_shop", "Bike shop", "bike shop", {
    en: "bike shop, bicycle shop, bike repair, e-bikes, cycling | spoke, pedal, gear, chain, crank, spin, wheel, saddle, sprocket, cadence",
    es: "f:tienda de bicicletas, bicicletas, taller de bicis, bicis eléctricas, ciclismo | radio, pedal, piñón, cadena, biela, rueda, sillín, cadencia, bici",
    fr: "m:magasin de vélos, vélos, réparation de vélos, vélos électriques, cyclisme | rayon, pédale, pignon, chaîne, manivelle, roue, selle, cadence, vélo",
    de: "m:fahrradladen, fahrräder, fahrradwerkstatt, e-bikes, radsport | speiche, pedal, ritzel, kette, kurbel, rad, sattel, trittfrequenz, velo",
    pt: "f:loja de bicicletas, bicicletas, oficina de bikes, bicicletas elétricas, ciclismo | raio, pedal, pinhão, corrente, pedivela, roda, selim, cadência, bike",
    it: "m:negozio di biciclette, biciclette, ciclofficina, e-bike, ciclismo | raggio, pedale, pignone, catena, pedivella, ruota, sella, cadenza, bici",
  }),
  I(SPORT, "martial_arts_school", "Martial arts school", "fitness school academy", {
    en: "martial arts school, karate, judo, jiu-jitsu, kickboxing, dojo | dojo, belt, kata, strike, spirit, tiger, dragon, focus, sensei",
    es: "f:escuela de artes marciales, kárate, judo, jiu-jitsu, kickboxing, dojo | dojo, cinturón, kata, golpe, espíritu, tigre, dragón, foco, sensei",
    fr: "f:école d'arts martiaux, karaté, judo, jiu-jitsu, kickboxing, dojo | dojo, ceinture, kata, frappe, esprit, tigre, dragon, concentration, sensei",
    de: "f:kampfsportschule, karate, judo, jiu-jitsu, kickboxen, dojo | dojo, gürtel, kata, schlag, geist, tiger, drache, fokus, sensei",
    pt: "f:academia de artes marciais, caratê, judô, jiu-jitsu, kickboxing, dojo | dojo, faixa, kata, golpe, espírito, tigre, dragão, foco, sensei",
    it: "f:scuola di arti marziali, karate, judo, jiu-jitsu, kickboxing, dojo | dojo, cintura, kata, colpo, spirito, tigre, drago, concentrazione, sensei",
  }),

  I(
    FUN,
    "video_game_studio",
    "Video game studio",
    "games game studio io",
    {
      en: "indie game studio, video games, game development, indie games, mobile games | pixel, quest, level, boss, loot, arcade, spawn, respawn, sprite, joystick",
      es: "m:estudio de videojuegos, videojuegos, desarrollo de videojuegos, juegos indie, juegos para móviles | píxel, misión, nivel, jefe, botín, arcade, sprite, mando",
      fr: "m:studio de jeux vidéo, jeux vidéo, développement de jeux, jeux indépendants, jeux mobiles | pixel, quête, niveau, boss, butin, arcade, sprite, manette",
      de: "n:spieleentwicklungsstudio, videospiele, spieleentwicklung, indie-games, mobile games | pixel, abenteuer, stufe, endgegner, beute, spielhalle, figur, joystick, zocken, held",
      pt: "m:estúdio de games, jogos eletrônicos, desenvolvimento de jogos, jogos indie, jogos mobile | pixel, missão, fase, chefão, saque, fliperama, sprite, controle",
      it: "m:studio di videogiochi, videogiochi, sviluppo videogiochi, giochi indie, giochi per mobile | pixel, missione, livello, boss, bottino, arcade, sprite, joystick",
    },
    true,
  ),
  I(FUN, "escape_room", "Escape room", "fun games", {
    en: "escape room, escape game, puzzle rooms, team building games | clue, key, lock, cipher, riddle, vault, puzzle, enigma, door, hour",
    es: "m:escape room, sala de escape, juegos de escape, team building | pista, llave, candado, cifra, acertijo, bóveda, enigma, puerta, hora",
    fr: "m:escape game, jeu d'évasion, salles d'énigmes, team building | indice, clé, cadenas, chiffre, devinette, coffre, énigme, porte, heure",
    de: "m:escape room, exit-spiel, rätselräume, teambuilding | hinweis, schlüssel, schloss, code, rätsel, tresor, enigma, tür, stunde",
    pt: "m:escape room, jogo de fuga, sala de enigmas, team building | pista, chave, cadeado, cifra, charada, cofre, enigma, porta, hora",
    it: "f:escape room, gioco di fuga, stanze enigma, team building | indizio, chiave, lucchetto, cifra, indovinello, cassaforte, enigma, porta, ora",
  }),
  I(FUN, "music_venue", "Live music venue", "live music bar", {
    en: "live music venue, music venue, concert hall, jazz club, gig venue | stage, amp, encore, echo, riff, chord, loud, hall, groove, neon",
    es: "f:sala de conciertos, música en directo, sala de conciertos, club de jazz, conciertos | escenario, ampli, bis, eco, riff, acorde, sala, groove, neón",
    fr: "f:salle de concert, musique live, salle de spectacle, club de jazz, concerts | scène, ampli, rappel, écho, riff, accord, salle, groove, néon",
    de: "m:live-club, livemusik, konzerthalle, jazzclub, konzerte | bühne, verstärker, zugabe, echo, riff, akkord, halle, groove, neon",
    pt: "f:casa de shows, música ao vivo, casa de espetáculos, clube de jazz, shows | palco, amplificador, bis, eco, riff, acorde, salão, groove, neon",
    it: "m:locale di musica dal vivo, musica live, sala concerti, jazz club, concerti | palco, ampli, bis, eco, riff, accordo, sala, groove, neon",
  }),
  I(FUN, "board_game_cafe", "Board game cafe", "games cafe fun", {
    en: "board game cafe, board games, tabletop games, game nights, card games | dice, meeple, pawn, token, board, roll, card, castle, rook",
    es: "m:café de juegos de mesa, juegos de mesa, juegos de rol, noches de juegos, juegos de cartas | dado, peón, ficha, tablero, tirada, carta, castillo, torre",
    fr: "m:bar à jeux, jeux de société, jeux de plateau, soirées jeux, jeux de cartes | dé, pion, jeton, plateau, lancer, carte, château, tour",
    de: "n:spielecafé, brettspiele, gesellschaftsspiele, spieleabende, kartenspiele | würfel, figur, spielstein, brett, wurf, karte, burg, turm",
    pt: "m:café de jogos de tabuleiro, jogos de tabuleiro, board games, noites de jogos, jogos de cartas | dado, peão, ficha, tabuleiro, rolagem, carta, castelo, torre",
    it: "m:caffè ludico, giochi da tavolo, giochi di ruolo, serate di gioco, giochi di carte | dado, pedina, segnalino, tabellone, tiro, carta, castello, torre",
  }),

  I(PERSONAL, "funeral_home", "Funeral home", "memorial services care", {
    en: "funeral home, funeral services, funeral director, cremation, memorial services | rest, peace, dove, willow, memory, grace, candle, eternal, lily, haven",
    es: "f:funeraria, servicios funerarios, tanatorio, cremación, servicios conmemorativos | descanso, paz, paloma, sauce, memoria, gracia, vela, eterno, lirio",
    fr: "f:entreprise de pompes funèbres, pompes funèbres, funérarium, crémation, obsèques | repos, paix, colombe, saule, mémoire, grâce, bougie, éternel, lys",
    de: "n:bestattungsunternehmen, bestatter, bestattungen, feuerbestattung, trauerfeier | ruhe, frieden, taube, weide, erinnerung, gnade, kerze, ewig, lilie",
    pt: "f:funerária, serviços funerários, agência funerária, cremação, velório | descanso, paz, pomba, salgueiro, memória, graça, vela, eterno, lírio",
    it: "f:agenzia funebre, onoranze funebri, pompe funebri, cremazione, servizi funebri | riposo, pace, colomba, salice, memoria, grazia, candela, eterno, giglio",
  }),
  I(PERSONAL, "dating_agency", "Dating agency", "dating love singles", {
    en: "dating agency, matchmaking, dating app, singles events, matchmaker | spark, match, cupid, heart, date, crush, flame, duo, kindred, charm",
    es: "f:agencia matrimonial, citas, app de citas, eventos para solteros, celestina | chispa, pareja, cupido, corazón, cita, flechazo, llama, dúo, afín, encanto",
    fr: "f:agence matrimoniale, rencontres, application de rencontre, soirées célibataires, entremetteuse | étincelle, match, cupidon, cœur, rendez-vous, coup de foudre, flamme, duo, âme sœur, charme",
    de: "f:partnervermittlung, dating, dating-app, single-events, kuppler | funke, match, amor, herz, date, schwarm, flamme, duo, seelenverwandt, charme",
    pt: "f:agência de relacionamentos, encontros, aplicativo de namoro, eventos para solteiros, cupido | faísca, par, cupido, coração, encontro, paixão, chama, dupla, alma gêmea, charme",
    it: "f:agenzia matrimoniale, incontri, app di incontri, eventi per single, sensale | scintilla, match, cupido, cuore, appuntamento, cotta, fiamma, duo, anima gemella, fascino",
  }),
  I(PERSONAL, "life_coach", "Life coaching", "coach life", {
    en: "life coaching practice, life coach, personal development, career coaching, confidence coaching | north, compass, rise, bloom, clarity, thrive, path, spark, true, summit",
    es: "f:consulta de coaching, coach personal, desarrollo personal, coaching profesional, autoestima | norte, brújula, ascenso, florecer, claridad, prosperar, camino, chispa, cumbre",
    fr: "m:cabinet de coaching, coach de vie, développement personnel, coaching de carrière, confiance en soi | nord, boussole, élan, éclore, clarté, s'épanouir, chemin, étincelle, sommet",
    de: "f:coaching-praxis, life coach, persönlichkeitsentwicklung, karrierecoaching, selbstvertrauen | nord, kompass, aufstieg, blühen, klarheit, gedeihen, weg, funke, gipfel",
    pt: "m:consultório de coaching, coach de vida, desenvolvimento pessoal, coaching de carreira, autoconfiança | norte, bússola, ascensão, florescer, clareza, prosperar, caminho, faísca, cume",
    it: "m:studio di coaching, life coach, crescita personale, coaching di carriera, autostima | nord, bussola, ascesa, fiorire, chiarezza, prosperare, cammino, scintilla, vetta",
  }),
];
