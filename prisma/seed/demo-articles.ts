/** Demo commentaries for the seed. Fictional, written for Standfirst. Body markup: see prisma/seed/markup.ts. */
export interface DemoArticle {
  slug: string;
  title: string;
  standfirst: string; // one paragraph summary, 30-60 words
  authors: string[]; // author profile slugs, in byline order
  division: string;
  series: string | null; // "policy-commentaries" for most, null for one or two
  topics: string[];
  status: "draft" | "in_review" | "changes_requested" | "approved" | "scheduled" | "published" | "unpublished" | "archived";
  /** When it was (first) published; pieces in review or sent back with this set still have a live version. */
  publishedDaysAgo?: number;
  scheduledInDays?: number;
  body: string; // the markup below
  footnotes: string[]; // footnotes[0] is note 1, etc. Plain text; may contain markdown links [text](https://...)
}

export const demoArticles: DemoArticle[] = [
  // 1. Published, three days ago.
  {
    slug: "coastguards-not-navies-quiet-architecture-of-maritime-order",
    title: "Coastguards, Not Navies: The Quiet Architecture of Maritime Order",
    standfirst:
      "As grey-zone incidents at sea multiply, the most consequential maritime diplomacy in the region is taking place between coastguards rather than navies. Building that quiet architecture deliberately, rather than by accident, should be a priority for governments that want to keep disputes below the threshold of armed conflict.",
    authors: ["lucas-brandt"],
    division: "foreign-policy",
    series: "policy-commentaries",
    topics: ["maritime-security", "regional-diplomacy"],
    status: "published",
    publishedDaysAgo: 3,
    body: `Most accounts of maritime tension in the Indo-Pacific still begin with warships: carrier deployments, freedom of navigation operations and the steady growth of regional fleets. Yet the vessels that actually meet one another at sea, day after day, are increasingly white-hulled. Coastguards and maritime law-enforcement agencies now sit at the centre of most confrontations over fishing grounds, survey activity and resupply missions to contested features. They are also, less visibly, at the centre of the region's most promising cooperative arrangements.

This matters because coastguards occupy an ambiguous position. They are civilian or paramilitary agencies enforcing domestic law, which gives governments room to act assertively without the escalatory connotations of a naval deployment. The same ambiguity, however, makes them useful instruments of cooperation. Agencies that share search-and-rescue responsibilities, fisheries enforcement mandates and pollution response duties have practical reasons to talk to one another, even when their capitals are at odds.

## The grey zone is a law-enforcement space

Over the past decade, incidents involving water cannon, dangerous manoeuvring and the blocking of vessels have become a recurring feature of disputes in the region's semi-enclosed seas. A review of publicly reported incidents compiled by a regional maritime research network found that more than two-thirds of the confrontations it recorded between 2019 and 2024 involved at least one law-enforcement vessel, while only a small minority involved naval ships alone.[^1] The pattern reflects deliberate choices. A law-enforcement framing allows a state to present its actions as the routine administration of its own waters, which in turn implies a claim to jurisdiction.

The consequence is that the most dangerous moments at sea are now governed by rules that were not written for them. The Code for Unplanned Encounters at Sea, agreed by regional navies in 2014, has helped to standardise communication between warships, but it is voluntary and was designed for naval vessels rather than coastguards. Proposals to extend its principles to law-enforcement agencies have circulated for years, yet progress has been slow, partly because doing so would require states to acknowledge that their coastguards are operating in disputed rather than sovereign waters.

## What already works

It would be a mistake to conclude that coastguard diplomacy is a blank slate. A surprising amount of cooperation already exists, often below the radar of foreign ministries. Heads-of-agency forums meet annually, bilateral hotlines have been established between several agencies, and joint exercises on search and rescue and oil spill response have become routine.[^2] These mechanisms share three features that explain their resilience.

- They are anchored in functional tasks, such as rescuing mariners or containing pollution, that no government can easily refuse to support.
- They build personal relationships between operational commanders, not only between senior officials, which pays off when an incident requires a quick phone call.
- They are low-profile by design, which allows them to continue through periods of political tension that would freeze more visible dialogues.

The limits are equally clear. Most arrangements are bilateral, voluntary and dependent on the goodwill of individual leaders. Few include agreed procedures for de-escalating an encounter that is already under way, and almost none provide for joint review of incidents after the fact. When a collision or injury occurs, each side typically releases its own video footage and its own account, and the episode becomes a contest of narratives rather than a problem to be managed.

## Building the architecture on purpose

Governments that want to keep maritime disputes below the threshold of armed conflict should treat coastguard cooperation as a strategic project rather than a technical sideline. Four steps would make a meaningful difference.

First, regional states should negotiate a code of conduct for maritime law-enforcement encounters, modelled on the naval code but adapted to the realities of fisheries enforcement and boarding operations. The aim would not be to resolve competing claims, but to agree on safe distances, standard signals and restraint in the use of water cannon and other non-lethal means. Such a code could be explicitly *without prejudice* to sovereignty positions, a formula that has allowed cooperation elsewhere to proceed without forcing parties to concede their claims.

Second, agencies should establish incident review mechanisms. Even a simple arrangement in which both sides exchange logs and recordings within a fixed period after an encounter would reduce the scope for competing narratives. The experience of incidents-at-sea agreements during the Cold War suggests that regular, technical reviews of encounters can gradually shape behaviour, even between adversaries.[^3]

Third, capacity building should be coordinated rather than competitive. Several external partners now donate patrol vessels, surveillance aircraft and training to smaller coastguards in the region. This support is valuable, but it has also produced fleets with incompatible communications systems and overlapping training programmes. A shared registry of assistance, maintained by a regional body, would help donors avoid duplication and help recipients plan for the maintenance costs that so often follow a donated hull.

Fourth, governments should invest in shared maritime domain awareness. Information-sharing centres already pool data on piracy and armed robbery against ships. Extending their remit to cover illegal fishing and dangerous encounters, with appropriate safeguards for sensitive data, would give coastguards a common operating picture and reduce the risk of misidentification.[^4]

## The politics of quiet cooperation

None of this will be easy. Coastguard cooperation is attractive precisely because it is modest, and there is a risk that raising its profile will politicise it. Governments may also worry that formal arrangements will constrain the flexibility that makes law-enforcement agencies useful in the first place. These are real concerns, and they argue for an incremental approach that begins with the least contentious tasks and builds trust over time.

> The purpose of a rule for encounters at sea is not to decide who is right, but to make sure that the argument can continue tomorrow.

That principle, set out in the closing summary of a regional track-two workshop on maritime law enforcement held last year, captures the logic well.[^5] Maritime disputes in the region are unlikely to be settled soon. What governments can do is reduce the chance that a single encounter, mishandled by exhausted crews in poor weather, spirals into a crisis that nobody intended. Coastguards are already the front line of that effort. It is time to give them the architecture to do the job well.`,
    footnotes: [
      "Regional Maritime Incident Tracker, Encounters at Sea: A Dataset of Reported Incidents, 2019-2024, Working Paper No. 7 (2025), 9-12. [Dataset summary](https://example.org/maritime-incidents/dataset-2019-2024).",
      "Secretariat of the Regional Coastguard Forum, Report of the Nineteenth Heads of Agency Meeting (Port Serenity: Regional Coastguard Forum, 2024), annex B.",
      "D. Hartwell, Rules of the Road: Incidents-at-Sea Agreements and Naval Restraint, 1972-1991 (Northbridge: Harbourside University Press, 2019), 88-104.",
      "Centre for Maritime Information Fusion, Annual Report 2024 (2025), 31-33. [Available online](https://example.org/cmif/annual-report-2024).",
      "Institute for Ocean Affairs, Summary of Discussions: Track-Two Workshop on Maritime Law Enforcement Cooperation (Port Serenity, 2024), 4.",
    ],
  },

  // 2. Published, twelve days ago. Guest author.
  {
    slug: "when-export-controls-become-industrial-policy",
    title: "When Export Controls Become Industrial Policy",
    standfirst:
      "Export controls were once a narrow tool for keeping sensitive items away from adversaries. They are now being used to shape where advanced industries locate and who leads them. Smaller trading economies need a clearer strategy for operating in a world where security policy and industrial policy have merged.",
    authors: ["mei-lin-tan"],
    division: "economic-security",
    series: "policy-commentaries",
    topics: ["trade-policy", "technology-governance"],
    status: "in_review",
    publishedDaysAgo: 12, // a new version is in review; the published one stays live
    body: `For most of the post-Cold War period, export controls were a specialist's subject. Licensing officers in trade ministries worked through lists of dual-use items, multilateral regimes met quietly to update their control lists, and businesses treated compliance as a cost of operating in sensitive sectors. The underlying logic was denial: keep a defined set of goods and technologies away from a defined set of end users, usually on the grounds of weapons proliferation.

That logic has not disappeared, but it has been joined by another. Over the past several years, major economies have begun to use export controls to slow the technological progress of strategic competitors across whole sectors, most prominently advanced semiconductors and the equipment used to make them. Controls have become broader, more unilateral and more explicitly tied to economic competitiveness. In effect, they have become a form of industrial policy, deciding not only what may be sold to whom, but also where future production capacity is likely to be built.

## From lists to leverage

The shift is visible in three features of recent control measures. First, they increasingly target capabilities rather than items, restricting not just a specific machine but the know-how, software and servicing needed to keep it running. Second, they reach beyond national borders, asserting jurisdiction over foreign-made products that incorporate a controlling country's technology. Third, they are frequently coordinated among a small group of like-minded states rather than through the established multilateral regimes, whose consensus-based procedures have struggled to keep pace.[^1]

Each of these features has a defensible rationale. Capability-based controls reflect the reality that modern technology is embedded in services and data as much as in hardware. Extraterritorial reach responds to globalised supply chains in which the final point of export may be far removed from the origin of the critical technology. Small-group coordination is often faster than waiting for dozens of states to agree. Taken together, however, these features transform export controls from a shared non-proliferation instrument into a tool of strategic competition, with consequences for every economy that sits within the affected supply chains.

## The view from the middle

For smaller, trade-dependent economies, the new landscape presents a genuine dilemma. Many host manufacturing, testing and packaging operations that depend on technology from one major power and on sales to another. A survey of firms in the regional electronics sector conducted by an industry association last year found that nearly half reported delays or cancelled orders linked to export control measures, and a quarter said they had begun to redesign products to reduce their exposure to controlled components.[^2]

Governments in these economies face pressure from several directions at once. Partners ask them to align their own controls to prevent diversion through their territory. Investors ask for clarity about which activities will remain permissible. Domestic firms ask for help navigating compliance requirements written in foreign legal systems. And all of them must weigh the risk that close alignment with one side invites economic retaliation from the other.

There is also a quieter concern. If export controls are now partly about industrial location, then alignment is not a neutral act. A small economy that adopts a partner's controls may find that it has also accepted a set of assumptions about which countries should lead in which technologies, assumptions that may not match its own development ambitions.

## Principles for a middle-economy strategy

No single approach will suit every government, but several principles can help smaller economies protect both their security and their economic interests.

1. **Invest in domestic analytical capacity.** Governments cannot make good decisions about alignment if they depend entirely on partners' assessments of technology risks. A small expert unit able to evaluate control measures, model their effects on local industry and advise firms would quickly pay for itself.
2. **Separate security alignment from industrial alignment.** It is possible to cooperate fully on preventing the diversion of sensitive items to military end users while declining to endorse controls whose primary purpose is commercial. Making this distinction explicit, in public and in private, strengthens a government's credibility on both fronts.
3. **Seek predictability through consultation.** Middle economies should press partners for advance consultation on new measures and for transition periods that allow firms to adjust. Coalitions of affected economies are more likely to secure such commitments than individual governments acting alone.
4. **Support multilateral renewal.** The established control regimes are imperfect, but they remain the only venues in which a broad group of states sets shared rules. Proposals to streamline their procedures, or to create a consultative track for emerging technologies, deserve support from economies that would otherwise be rule-takers.[^3]

## Managing the long transition

The merger of security and industrial policy is unlikely to be reversed. Governments in the largest economies now see technological leadership as a core national security interest, and they have discovered that export controls can be deployed faster than subsidies or research programmes. Future measures may extend to biotechnology, quantum computing and advanced materials, sectors in which the line between civilian and military applications is equally blurred.[^4]

For the economies in between, the task is to avoid becoming passive recipients of rules made elsewhere. That requires treating export controls as a strategic policy domain in its own right, with dedicated expertise, clear principles and active diplomacy. It also requires honesty with domestic audiences about the trade-offs involved. Alignment will sometimes cost market access; independence will sometimes cost trust. The goal is not to escape these trade-offs, but to make them deliberately.

The history of trade policy suggests that rules made in moments of intense competition tend to outlast the circumstances that produced them. The choices that smaller economies make now, about which controls to adopt, how to implement them and which coalitions to join, will shape their place in advanced technology supply chains for a generation. They should be made with eyes open.`,
    footnotes: [
      'R. Castellano, "Consensus Under Strain: Multilateral Export Control Regimes in an Era of Technology Competition," Review of Trade and Security Studies 11, no. 2 (2024): 45-71.',
      "Regional Electronics Industry Association, Supply Chain Sentiment Survey 2024 (2024), 6-8. [Survey summary](https://example.org/reia/supply-chain-survey-2024).",
      "Ministry of Trade, Annual Review of Export Controls 2025 (Capital City: Government Printer, 2025), 14-17.",
      "Economic Security and Technology Division, Emerging Technologies and the Dual-Use Dilemma, Policy Report (2025). [Read the report](https://example.org/reports/emerging-technologies-dual-use).",
    ],
  },

  // 3. Published, forty days ago. Co-authored.
  {
    slug: "undersea-cables-and-the-limits-of-deterrence",
    title: "Undersea Cables and the Limits of Deterrence",
    standfirst:
      "Damage to undersea cables has moved from an engineering nuisance to a strategic concern. But deterrence offers only a partial answer to threats that are hard to attribute and cheap to carry out. Resilience, repair capacity and shared legal rules deserve at least as much attention as patrols and warnings.",
    authors: ["lucas-brandt", "amara-okafor"],
    division: "foreign-policy",
    series: "policy-commentaries",
    topics: ["maritime-security", "technology-governance", "regional-diplomacy"],
    status: "changes_requested",
    publishedDaysAgo: 40, // a new version was sent back; the published one stays live
    body: `Almost all intercontinental data traffic travels through fibre-optic cables lying on the seabed. These cables carry financial transactions, government communications, cloud services and the ordinary business of daily life. They are also remarkably exposed. A cable not much thicker than a garden hose may cross thousands of kilometres of ocean floor, most of it unmonitored, and its route is often marked on nautical charts so that ships can avoid it.

For decades, the main threat to cables was accidental. Fishing gear and ship anchors account for the majority of faults, with natural hazards such as earthquakes and submarine landslides responsible for most of the rest.[^1] Operators developed an efficient, largely private system for dealing with these incidents: a small fleet of specialised repair ships, maintenance agreements shared among cable owners, and well-practised procedures for locating and fixing breaks.

Several incidents in recent years have changed the conversation. Cables in semi-enclosed seas have been severed in circumstances that investigators considered suspicious, sometimes involving vessels that dragged their anchors for long distances. Governments have responded by designating cables as critical infrastructure, increasing naval patrols near key routes and warning that deliberate damage will be met with consequences. The language of deterrence has entered a field that was previously governed by engineering and commercial contracts.

## Why deterrence struggles

Deterrence depends on two conditions: the ability to attribute an attack to its author, and a credible threat of costs that outweigh the benefits of the attack. Undersea cable sabotage tests both.

Attribution is difficult because the most plausible methods of attack are indistinguishable from accidents. An anchor dragged across the seabed leaves the same damage whether it was lowered deliberately or through negligence. Establishing intent requires evidence from vessel tracking data, crew testimony and physical inspection of the ship, much of which may be unavailable if the vessel is outside the jurisdiction of the affected state. Even when suspicion is strong, the standard of proof needed to justify a punitive response is rarely met.

The credibility of punishment is also limited. Governments are understandably reluctant to escalate over damage that can be repaired within days or weeks, particularly when the suspected state can plausibly deny involvement. The result is a structural gap: the attacker bears little risk, while the defender faces a choice between an uncertain response and an implicit acceptance that such incidents are tolerable.

## Resilience as strategy

If deterrence by punishment is weak, deterrence by denial, and resilience more broadly, becomes more important. The aim is to make attacks less consequential, so that the strategic payoff of cutting a cable is small. Several measures would contribute to this goal.

- **Route diversity.** Many economies depend on a small number of cables landing at a handful of stations. Incentives for new systems that follow different routes and land at different points would reduce the damage that any single cut can do.
- **Repair capacity.** The global repair fleet is small and ageing, and permitting delays can leave damaged cables out of service for longer than the physical repair requires. Governments could fund additional vessels, pre-clear repair ships for work in their waters and agree regional arrangements for rapid permits.[^2]
- **Monitoring.** Fibre-sensing technologies can now detect vibrations and disturbances along a cable, providing early warning of vessels behaving unusually nearby. Combined with vessel tracking data, this could narrow the window for anonymous interference.
- **Landing station security.** Cables are vulnerable not only at sea but at the points where they come ashore. Physical protection and redundancy at landing stations are relatively inexpensive and often overlooked.

None of these measures eliminates risk, but together they change the calculation for a potential attacker. A cut that causes a brief slowdown rather than a blackout is a poor instrument of coercion. Resilience also has a peacetime dividend that deterrence lacks: investments in redundancy and repair capacity pay off every time a fishing trawler or an earthquake damages a cable, which happens far more often than sabotage.

## The legal gap

International law offers limited protection. The 1884 Convention for the Protection of Submarine Telegraph Cables and the relevant provisions of the UN Convention on the Law of the Sea require states to make wilful or culpably negligent damage to cables by their ships and nationals a punishable offence. In practice, enforcement depends on the flag state of the offending vessel, which may have neither the capacity nor the inclination to act. Beyond the territorial sea, coastal states have few rights to board or detain a ship suspected of damaging a cable.[^3]

Closing this gap would require diplomatic work that few governments have yet prioritised. Options include regional agreements that give coastal states clearer authority to investigate incidents in their exclusive economic zones, flag-state commitments to cooperate promptly with investigations, and shared standards for the evidence needed to establish culpability. Regional organisations could also maintain a common incident register, giving policymakers a clearer picture of patterns that are currently visible only to individual operators.[^4]

## Sharing the burden

Cable security has traditionally been a private responsibility, and industry still owns and operates most of the infrastructure. Yet the strategic stakes now exceed what commercial operators can reasonably be expected to manage on their own. A sensible division of labour would leave operators responsible for design, maintenance and repair, while governments provide intelligence sharing, legal frameworks and support for resilience investments that the market will not fund by itself.

The temptation, after each suspicious incident, will be to reach for the vocabulary of military deterrence. Patrols and warnings have their place. But the more durable answer lies in making the network harder to disrupt, faster to repair and better protected by law. Those are less dramatic measures, and they will rarely make headlines. They are also the ones most likely to work.`,
    footnotes: [
      "Submarine Network Resilience Council, Fault Statistics 2014-2023: Causes of Cable Damage (2024), 5. [Summary](https://example.org/snrc/fault-statistics-2014-2023).",
      "Maritime Infrastructure Taskforce, Repairing the Backbone: Vessel Capacity and Permitting for Subsea Cable Maintenance (2025), 17-22.",
      "Convention for the Protection of Submarine Telegraph Cables (Paris, 14 March 1884), arts. II and VIII; United Nations Convention on the Law of the Sea (Montego Bay, 10 December 1982), arts. 113-115.",
      'A. Okonkwo-Reyes and T. Lindqvist, "Toward a Regional Register of Subsea Cable Incidents," Policy Brief No. 31 (Institute for Ocean Affairs, 2025). [Available online](https://example.org/ioa/policy-briefs/31).',
    ],
  },

  // 4. Draft.
  {
    slug: "green-shipping-corridors-from-declarations-to-fuel-contracts",
    title: "Green Shipping Corridors: From Declarations to Fuel Contracts",
    standfirst:
      "Dozens of green shipping corridors have been announced, but few have progressed beyond memoranda of understanding. Turning them into working routes requires governments to address the unglamorous questions of fuel supply, port infrastructure and shared risk, and to accept that the first movers will need public support.",
    authors: ["lucas-brandt"],
    division: "economic-security",
    series: "policy-commentaries",
    topics: ["climate-and-energy", "maritime-security", "trade-policy"],
    status: "draft",
    body: `Green shipping corridors were conceived as a practical answer to a difficult problem. International shipping accounts for roughly three per cent of global greenhouse gas emissions, and decarbonising it requires new fuels, new engines and new port infrastructure, all at once.[^1] Rather than waiting for every part of the system to change simultaneously, corridor proponents argued, governments and industry could concentrate early effort on specific trade routes between ports willing to invest in zero-emission fuels. Success on these routes would demonstrate feasibility, lower costs and pull the rest of the sector along.

The idea proved popular. Since the first corridor declarations were signed, dozens of initiatives have been announced, linking ports across Asia, Europe, the Americas and Oceania. Yet a recent stocktake by an industry coalition found that only a small fraction had advanced to feasibility studies with committed funding, and fewer still had signed contracts for fuel supply or vessel orders.[^2] For now, the corridors exist mainly on paper.

## Why corridors stall

The gap between announcement and implementation reflects a classic coordination problem. Shipowners will not order vessels capable of running on ammonia or methanol without confidence that the fuel will be available at both ends of the route. Fuel producers will not invest in production and bunkering facilities without long-term purchase commitments. Ports hesitate to build storage and safety infrastructure for fuels that may never arrive. Cargo owners, who ultimately pay for shipping, are reluctant to accept higher freight rates when their competitors are not doing the same.

Each actor is waiting for another to move first. Declarations signed by governments and port authorities signal intent, but they do not resolve this circular dependency. Without a mechanism that spreads the first-mover risk, corridors will continue to stall at the memorandum stage.

The human dimension is easily forgotten. Crews will need new training to handle fuels that behave very differently from conventional marine fuel oil, and seafarers' organisations have warned that safety standards and training programmes are lagging behind vessel design. A corridor that can supply the fuel but not the trained crews to use it safely is not ready for operation. Maritime training institutions, many of them in countries that supply large numbers of seafarers to the global fleet, should be brought into corridor planning from the start rather than consulted at the end.

Regulatory uncertainty compounds the problem. The International Maritime Organization has adopted a strategy that aims for net-zero emissions from international shipping around mid-century, but negotiations on the global measures needed to deliver it, including a fuel standard and some form of emissions pricing, have proved protracted. Until those measures are settled, investors cannot be sure how much of the cost gap between conventional and zero-emission fuels will eventually be closed by regulation.

## What governments can do

Governments cannot solve the coordination problem alone, but they are well placed to reduce the risks that keep private actors from moving. Three areas deserve priority.

The first is fuel. Corridors will only work if zero-emission fuels are produced at scale and at a predictable price. Governments with abundant renewable energy resources can support production through contracts for difference, which guarantee producers a price and pay the difference when market prices fall short. Pooling demand across several corridors or shipping lines would give producers the volume they need to justify investment.

The second is port readiness. Storing and handling new fuels requires specific infrastructure and safety protocols, particularly for ammonia, which is toxic. Port authorities need clear national standards and trained personnel, and public funding for shared bunkering facilities could reduce costs for all users.[^3]

The third is demand. Governments are themselves large cargo owners, through defence logistics, humanitarian supply chains and state-owned enterprises. Committing a share of that cargo to zero-emission shipping on corridor routes would create a baseline of demand on which private cargo owners could build.

## A checklist for corridor partners

For governments and port authorities that have signed corridor declarations, a practical test of progress would ask whether the partners have:

- identified a specific fuel pathway and the producers able to supply it;
- agreed on safety and bunkering standards at both ends of the route;
- secured at least one shipowner willing to deploy a capable vessel;
- committed public funding or guarantees to close part of the cost gap; and
- set a date by which the first zero-emission voyage is expected.

Corridors that cannot answer yes to most of these questions are not yet corridors. They are statements of aspiration, which are useful but should not be mistaken for delivery.

## The strategic dimension

There is also a geopolitical logic to corridor investment that is easy to overlook. Countries that establish themselves early as producers and bunkering hubs for zero-emission fuels may gain a lasting position in maritime trade, much as today's major bunkering ports did in the era of heavy fuel oil. Energy-importing economies with limited renewable resources, meanwhile, will need secure access to new fuels, which could reshape existing trade relationships.[^4] Some of the most promising locations for producing green hydrogen and its derivatives lie in countries that have not previously been significant energy exporters, a shift that could create new partnerships as well as new competition.

For maritime security planners, the transition raises further questions. New fuel supply chains create new dependencies and potential points of vulnerability, and the ports that handle them will become critical infrastructure in their own right. Naval and coastguard agencies will need to understand these changes, just as they currently plan around the chokepoints through which oil and gas flow.

The corridor concept remains sound. What it lacks is the follow-through that converts political intent into contracts, vessels and fuel. Governments that signed declarations with enthusiasm now need to show the same commitment to the less visible work of making them real.`,
    footnotes: [
      "International Maritime Organization, Fourth IMO Greenhouse Gas Study 2020 (London: IMO, 2021), executive summary.",
      "Zero-Emission Shipping Coalition, Annual Progress Report on Green Shipping Corridors 2025 (2025), 10-15. [Report](https://example.org/zesc/green-corridors-2025).",
      "Port Safety Working Group, Interim Guidance on Ammonia Bunkering Operations (2024), sections 3-5.",
      'L. Brandt, "Bunkering Hubs and the Geography of Zero-Emission Shipping," Policy Commentaries (Economic Security and Technology Division, 2024). [Read the commentary](https://example.org/commentaries/bunkering-hubs-zero-emission-shipping).',
    ],
  },

  // 5. In review. Outside the series.
  {
    slug: "beyond-the-joint-statement-measuring-regional-summits",
    title: "Beyond the Joint Statement: Measuring What Regional Summits Deliver",
    standfirst:
      "Regional summits are judged by whether leaders agree on a joint statement, a measure that rewards vague language and penalises candour. Middle powers, which depend on these forums more than most, would benefit from a more honest way of assessing what regional diplomacy actually achieves.",
    authors: ["amara-okafor"],
    division: "foreign-policy",
    series: null,
    topics: ["regional-diplomacy", "trade-policy"],
    status: "approved",
    body: `Every year, officials across the region devote thousands of hours to negotiating documents that few people will read. Joint statements, chair's statements, declarations and communiqués are the visible output of regional summitry, and their fate has become the main yardstick by which the success of a meeting is judged. When leaders agree on a text, the summit is reported as a success. When they fail, as has happened several times in recent years over maritime disputes or conflicts further afield, the failure becomes the headline.

This focus is understandable. Joint statements are tangible, and their absence signals real disagreement. Yet treating them as the primary measure of regional diplomacy has costs, particularly for the middle powers and smaller states that rely most heavily on multilateral forums to amplify their voices.

## The incentives of the text

The pressure to produce a consensus document shapes negotiations in predictable ways. Drafters avoid language that any participant might object to, which pushes texts towards generality. Contentious issues are either omitted or addressed in formulations so carefully balanced that they commit no one to anything. Paragraphs accumulate over successive summits, as each new issue is added without earlier ones being removed, producing documents that run to dozens of pages.

An analysis of leaders' statements from one major regional forum over fifteen years found that their average length more than tripled, while the share of paragraphs containing a specific, time-bound commitment declined.[^1] The documents became longer and less precise at the same time, a pattern suggesting that drafting has become an end in itself. A composite paragraph, assembled from phrases that recur across recent statements, illustrates the genre.[^2]

> Leaders underscored the importance of continued dialogue and practical cooperation to address shared challenges in a comprehensive and balanced manner, and looked forward to further progress at their next meeting.

The incentives also distort the use of leaders' time. Where negotiations on a text run late, senior officials spend the final hours before a summit haggling over adjectives rather than preparing leaders for substantive conversations. Hosts keen to avoid the embarrassment of a failed statement may steer agendas away from difficult issues altogether.

## What gets missed

The deeper problem is that the joint statement captures only a narrow slice of what regional diplomacy does. Much of the value of regular summitry lies elsewhere:

- in the bilateral meetings on the margins, which often produce more concrete outcomes than the plenary sessions;
- in the working-level networks among officials who meet repeatedly and build trust over years;
- in the implementation of existing agreements, such as trade facilitation measures or disaster response arrangements, which rarely attract attention once signed; and
- in the crises that do not happen, because channels of communication were available when they were needed.

None of these contributions is easy to measure, and none appears in a communiqué. A regional architecture judged solely on its documents will consistently undervalue its most important functions and overvalue the ability to paper over disagreement. It also creates a perverse incentive for members to withhold consensus on a text as a form of leverage, knowing that the resulting headline will overshadow whatever was achieved in practice.

## Why middle powers should care

For major powers, regional forums are one venue among many. They have the diplomatic resources to pursue their interests bilaterally, through minilateral groupings or through global institutions. For middle powers and smaller states, regional forums are more central. They provide access to major powers on more equal terms, a platform for agenda-setting and a framework of norms that constrains the behaviour of larger neighbours.[^3]

This gives middle powers a particular interest in the credibility of regional diplomacy. If publics come to see summits as talking shops that produce only empty statements, support for the institutions that host them will erode. Conversely, if the measure of success is reframed to capture practical outcomes, those institutions will be better able to demonstrate their value.

## Towards better measures

Several changes, none of them radical, would help.

1. **Shorter, more focused statements.** Hosts could commit to leaders' statements of limited length that address a small number of priority issues, with longer technical annexes handled at ministerial level. A concise document that says something is more useful than a lengthy one that says nothing.
2. **Implementation reporting.** Regional secretariats could publish an annual scorecard tracking progress on commitments made in previous years, using a simple traffic-light system. Such reports already exist in some sectoral bodies and could be extended.[^4]
3. **Normalising chair's statements.** When consensus proves impossible, a chair's statement reflecting the host's summary of discussions is a legitimate outcome, not a failure. Treating it as such would reduce the pressure to produce bland consensus language.
4. **Independent review.** Research institutes and track-two networks could play a larger role in evaluating summit outcomes, offering assessments that are less dependent on official messaging.

These proposals will not eliminate the incentive to negotiate vague texts, which is rooted in the consensus principle that underpins most regional institutions. Consensus remains valuable, because it ensures that no member is forced into commitments it has not accepted. But consensus on a short list of meaningful commitments is worth more than consensus on a long list of aspirations.

Media coverage will continue to focus on whether leaders agree a statement, because that is the most visible outcome and the easiest to report. Governments and researchers can nonetheless shift the conversation by explaining what else summits achieve and by holding institutions accountable for delivery rather than drafting.[^5] Regional diplomacy is under strain from great-power competition, from crises that divide members and from scepticism about the value of multilateralism. Its defenders will not win over sceptics by pointing to the length of the declarations it produces. They will do so by showing that the region is safer, more prosperous and better connected because its governments continue to meet.`,
    footnotes: [
      "Institute for Regional Cooperation, Words and Deeds: A Content Analysis of Leaders' Statements, 2009-2024 (2025), 22-29. [Dataset and methodology](https://example.org/irc/words-and-deeds).",
      "The paragraph is a composite prepared by the author for illustration; it does not reproduce any single official document.",
      "M. Sorensen, Small States and Regional Institutions: Voice, Leverage and Restraint (Northbridge: Harbourside University Press, 2021), chapter 3.",
      "Regional Secretariat, Implementation Scorecard: Trade Facilitation Commitments, Mid-Term Review (2024). [Scorecard](https://example.org/secretariat/implementation-scorecard-2024).",
      "For one model, see Network of Regional Policy Institutes, Summit Outcomes Review: Pilot Assessment (2025), 3-9.",
    ],
  },

  // 6. Changes requested. Co-authored with the guest author.
  {
    slug: "critical-minerals-partnerships-need-more-than-offtake-agreements",
    title: "Critical Minerals Partnerships Need More Than Offtake Agreements",
    standfirst:
      "Importing economies are racing to sign critical minerals partnerships with resource-rich countries. Too many of these deals focus narrowly on securing supply and neglect what producer countries want: processing capacity, skills and a fair share of value. Partnerships that ignore those interests are unlikely to last.",
    authors: ["amara-okafor", "mei-lin-tan"],
    division: "economic-security",
    series: "policy-commentaries",
    topics: ["trade-policy", "climate-and-energy"],
    status: "unpublished",
    publishedDaysAgo: 25, // published, then withdrawn
    body: `The energy transition runs on minerals. Batteries require lithium, nickel, cobalt and graphite; wind turbines and electric motors rely on rare earth elements; electricity grids need vast quantities of copper. As demand for these materials has grown, so has concern about the concentration of their mining and, even more, their processing in a small number of countries. Governments in importing economies have responded with a flurry of partnerships, strategic dialogues and memoranda of understanding with resource-rich states in Africa, Latin America, Southeast Asia and the Pacific.[^1]

Many of these arrangements share a common structure. The importing country offers finance, investment facilitation or preferential trade access; in return, it seeks assurances of supply, often in the form of offtake agreements that commit output from specific projects to buyers in the importing country. From the perspective of an importing government worried about supply disruption, this is a reasonable approach. From the perspective of many producer countries, it looks uncomfortably familiar. The terms echo concession arrangements of earlier eras, updated with the vocabulary of supply chain resilience.

## The producer's perspective

Resource-rich developing economies have long experience of extractive arrangements that delivered raw materials abroad while leaving little lasting value at home. Royalties and export revenues matter, but they are volatile and finite. What producer governments increasingly seek is a larger role in the value chain: refining and processing at home, manufacturing of components, and the skills and technology that make these industries sustainable.

Several producer governments have acted on these ambitions, introducing export restrictions on unprocessed ores, requiring local processing as a condition of mining licences or seeking equity stakes in major projects.[^2] These policies are controversial, and their economic results have been mixed. But they signal clearly that producer countries will not accept partnerships that treat them solely as sources of supply.

Importing governments sometimes regard such measures as resource nationalism, a risk to be managed. It would be more accurate, and more productive, to see them as a statement of negotiating priorities. Partners who understand and accommodate those priorities will find more durable access than those who do not.

## What a durable partnership looks like

The most resilient partnerships will be those that align the interests of both sides. That means moving beyond a narrow focus on offtake towards arrangements that share value and build capacity. In practice, this could involve:

- co-investment in processing facilities located in producer countries, with the importing country providing finance, technology or guaranteed demand for processed output;
- training programmes and technical partnerships that build local expertise in geology, metallurgy and environmental management;
- joint commitments to environmental and social standards that go beyond compliance and address the concerns of communities affected by mining; and
- transparent terms, published where commercial confidentiality allows, so that citizens in both countries can judge whether the partnership is fair.

Such arrangements are more expensive and slower to negotiate than offtake agreements. They require importing governments to accept that some processing will take place outside their own borders, which may sit uneasily with domestic industrial policy goals. But the alternative, competing with other importers to lock in supply through ever more generous financial terms, is unlikely to produce stable outcomes either.

## The competition among buyers

Importing economies are not negotiating in isolation. Several major buyers are pursuing similar deals with the same producer countries, and that competition gives producers considerable leverage. Some importing governments have responded by coordinating their efforts through buyers' clubs and joint financing initiatives.[^3]

Coordination among importers has merits. It can reduce duplication, pool risk and set shared standards. But if it is perceived as a cartel of consumers seeking to depress prices or restrict producers' choices, it will provoke resistance. The credibility of coordinated initiatives depends on their willingness to include producer countries as genuine participants in setting priorities, not merely as recipients of finance.

There is a lesson here from earlier efforts to manage commodity markets. Arrangements that served only one side of the market tended to collapse when conditions shifted. Those that endured gave both producers and consumers a stake in their success. For today's partnerships, that suggests building in regular joint reviews, mechanisms for adjusting terms when prices swing sharply, and dispute settlement procedures that both sides regard as fair. Such provisions can seem like unnecessary complications at the signing stage, when political enthusiasm is high. They become essential when markets turn and each side is tempted to reinterpret the bargain in its own favour.

## Standards as common ground

Environmental, social and governance standards are one area where the interests of producers and importers can converge. Mining and processing carry significant environmental risks, from water contamination to tailings dam failures, and affected communities have often borne heavy costs. Importing economies face growing domestic pressure to ensure that the minerals in their supply chains are responsibly sourced, and many producer governments share the goal of improving practices at home.

Mutual recognition of standards, joint support for monitoring and enforcement, and financing linked to environmental performance could turn a potential source of friction into a foundation for cooperation.[^4] The risk to avoid is a set of standards designed in importing countries and imposed as a condition of market access, which producer governments may reasonably view as protectionism by another name.

Critical minerals partnerships are likely to be a defining feature of economic diplomacy for the next two decades. The governments that negotiate them are making choices that will shape not only supply security but also development trajectories in producer countries. Deals built solely around securing supply may deliver short-term gains, but they risk repeating the extractive patterns that producer countries are determined to leave behind. Partnerships that share value, build capacity and respect producer priorities are harder to construct. They are also the ones most likely to last.`,
    footnotes: [
      "Energy Transition Minerals Observatory, Tracking Critical Minerals Partnerships: 2025 Update (2025). [Partnerships database](https://example.org/etmo/partnerships-tracker).",
      'Y. Adebayo-Lim, "Beneficiation Mandates and the Politics of Value Addition," Resources and Development Review 18, no. 1 (2024): 3-29.',
      "Economic Security and Technology Division, Buyers' Clubs and Their Discontents: Coordinating Demand for Critical Minerals, Policy Report (2025), 8-11.",
      "Responsible Minerals Standards Dialogue, Pathways to Mutual Recognition of Mining Standards (2024), 12-18. [Report](https://example.org/rmsd/mutual-recognition).",
    ],
  },

  // 7. Scheduled, five days from now. Guest author.
  {
    slug: "testing-together-regional-cooperation-on-ai-evaluation",
    title: "Testing Together: The Case for Regional Cooperation on AI Evaluation",
    standfirst:
      "Governments are building institutes to test advanced AI systems, but evaluation capacity remains concentrated in a handful of countries. A regional approach to sharing methods, test sets and expertise would help smaller economies take part in AI governance rather than simply inheriting the judgments of others.",
    authors: ["mei-lin-tan"],
    division: "economic-security",
    series: "policy-commentaries",
    topics: ["technology-governance", "regional-diplomacy"],
    status: "scheduled",
    scheduledInDays: 5,
    body: `Over the past few years, a new kind of public institution has emerged. Several governments have established dedicated bodies to evaluate advanced artificial intelligence systems, test them for dangerous capabilities and advise on the risks they pose. These institutes have begun to cooperate through an international network, sharing methods and, in some cases, conducting joint tests of models before their release.[^1]

This is a welcome development. Evaluating AI systems is difficult, resource-intensive and still scientifically immature, so pooling effort makes sense. Yet the current landscape has a striking feature: evaluation capacity is concentrated in a small number of wealthy countries, most of them home to the firms that develop the most capable models. For the majority of governments, including many in Asia, the practical ability to scrutinise the AI systems being deployed in their economies remains limited.

## Why evaluation is governance

It is tempting to see testing as a technical activity that precedes the real work of governance, which lies in legislation and regulation. In practice, the relationship runs the other way. Decisions about what to test, which risks to prioritise and what counts as acceptable performance are themselves governance choices. They embed assumptions about which harms matter and whose interests count.

Consider an evaluation of a language model's tendency to produce harmful content. The results depend heavily on the languages tested, the cultural contexts assumed and the categories of harm defined. An evaluation conducted only in English, using test sets developed in one country, may say little about how the same model behaves in a local language, or about harms that are specific to another society's history and politics.[^2] Governments that rely on such evaluations are, in effect, outsourcing judgments about their own citizens' safety.

## The capacity gap

The barriers facing smaller economies are considerable. Rigorous evaluation requires technical staff with skills in machine learning, security research and the relevant application domains, a talent pool that is small and highly sought after by industry. It also requires computing resources, access to models before or shortly after release, and institutional arrangements that allow governments to receive sensitive information from developers.

A recent mapping of public AI evaluation capacity across the region found that only a handful of governments had dedicated evaluation teams, and most of those employed fewer than twenty technical staff.[^3] Many others relied on consultants, academic partners or the published findings of larger institutes. This does not mean that smaller economies lack expertise. Universities and research institutes across the region do strong work on multilingual language processing, fairness and robustness. But that expertise is rarely connected to government decision-making in a systematic way. Researchers often publish findings on the weaknesses of widely used models in regional languages, only for those findings to go unnoticed by the ministries that procure or regulate the same systems. Closing that gap is partly a question of money, but it is also a question of institutional design.

## A regional approach

A regional evaluation partnership would not replace national efforts or the existing international network. It would complement them by giving smaller economies a way to pool resources and contribute distinctive expertise. Such a partnership could take several forms, but four elements would be central.

1. **Shared test sets in regional languages.** Building high-quality evaluation data in languages that are underrepresented in current benchmarks is expensive but valuable. A shared repository, maintained collectively, would allow every member to use and improve it.
2. **Joint evaluation teams.** Members could second staff to a common team that conducts evaluations on behalf of the group, building expertise faster than any single government could alone.
3. **Common access arrangements.** Developers are more likely to grant pre-release access to a credible regional body than to a dozen small national agencies, each with its own procedures and confidentiality requirements.
4. **A link to the global network.** A regional partnership could take part in international testing exercises as a single participant, ensuring that regional perspectives shape common methods rather than being added as an afterthought.

Regional organisations already provide precedents. Cooperative arrangements in disaster management, cybersecurity capacity building and financial surveillance have shown that states with different political systems can pool technical work without ceding sovereignty.[^4]

## Obstacles to anticipate

The obstacles are real. Governments may be reluctant to share sensitive information about systems deployed in critical sectors, and developers will want assurances about the confidentiality of their models. Member states will have different priorities, with some more concerned about misuse for fraud or disinformation and others about labour market effects or security risks. Funding will be contested, and there will be arguments about where a joint team should be based.

There is also a geopolitical dimension. Evaluation capacity is increasingly seen as a strategic asset, and major powers may seek to shape regional initiatives or to discourage cooperation with rivals. A regional partnership would need to remain open to engagement with all major developers and testing institutes, while being clear that its purpose is to protect the interests of its own members.

The most promising path is to begin modestly. A pilot focused on building shared test sets for a few regional languages, drawing on contributions from universities and supported by a small secretariat, would generate practical value quickly and demonstrate the case for further investment. Success there could lay the foundation for joint evaluations and common access arrangements.

AI governance will be shaped over the next few years by the institutions that develop the capacity to test, measure and judge. Countries that lack that capacity will find themselves applying standards they did not help to write, to systems they cannot independently assess. Regional cooperation offers a way to avoid that outcome, and it deserves a place on the agenda of the next meeting of digital ministers.[^5]`,
    footnotes: [
      "Network of Public AI Evaluation Bodies, Joint Testing Exercise: Methodology Note (2025). [Methodology note](https://example.org/ai-evaluation-network/joint-testing-methodology).",
      'S. Ratnam and K. Vu, "Lost in Evaluation: Multilingual Gaps in Safety Benchmarks for Language Models," in Proceedings of the Regional Workshop on Language Technology (2024), 112-124.',
      "Digital Governance Research Consortium, Mapping Public AI Evaluation Capacity in Asia (2025), table 2. [Full report](https://example.org/dgrc/ai-evaluation-capacity-mapping).",
      "C. Ferreira, Pooling Sovereignty Lightly: Technical Cooperation in Regional Organisations (Northbridge: Harbourside University Press, 2022), 57-80.",
      "At their most recent meeting, ministers tasked senior officials with exploring options for cooperation on AI assurance; see Chair's Summary, Regional Digital Ministers' Meeting (2025), paragraph 14.",
    ],
  },

  // 8. Archived. Outside the series.
  {
    slug: "fisheries-subsidies-the-hard-part-is-still-to-come",
    title: "Fisheries Subsidies: The Hard Part Is Still to Come",
    standfirst:
      "The first multilateral agreement on fisheries subsidies was a rare success for the trading system. But its most important disciplines, on subsidies that drive overcapacity, remain unfinished. Coastal developing states have the most to gain from a strong second stage, and the most to lose from further delay.",
    authors: ["amara-okafor"],
    division: "foreign-policy",
    series: null,
    topics: ["trade-policy", "maritime-security"],
    status: "archived",
    body: `Fish are among the most traded food commodities in the world, and for many coastal communities they are the main source of animal protein and a vital source of income. They are also being depleted. Assessments by international fisheries bodies suggest that more than a third of assessed marine fish stocks are fished at biologically unsustainable levels, a share that has risen steadily over recent decades.[^1]

Government subsidies are a significant part of the problem. Support for fuel, vessel construction and other costs lowers the expense of fishing and allows fleets to operate further from home, for longer and in greater numbers than would otherwise be economic. Estimates of global fisheries subsidies run to tens of billions of dollars a year, with a substantial portion going to the kinds of support most likely to encourage overfishing.[^2]

## A first step

After more than two decades of negotiation, members of the World Trade Organization agreed a first set of disciplines on fisheries subsidies. The agreement prohibits subsidies to illegal, unreported and unregulated fishing, to fishing of stocks that are already overfished, and to fishing on the unregulated high seas. It also established a fund to help developing countries implement its provisions.

The agreement was a genuine achievement. It placed environmental sustainability at the core of a WTO agreement for the first time, and it demonstrated that the organisation's members could still reach consensus on a difficult issue. But its scope was deliberately limited. The prohibitions target the most obviously harmful subsidies, which are often difficult to identify in practice, since they depend on determinations of illegal fishing or overfished status that many governments lack the capacity to make.

The first-stage disciplines also rely heavily on the work of other institutions. Whether a stock is overfished, for example, is determined by the coastal state or by the relevant regional fisheries management organisation, not by trade officials in Geneva. This is sensible, since those bodies hold the scientific expertise, but it means that the agreement's effectiveness depends on the quality of stock assessments that are patchy in many parts of the world. Where data are scarce, a stock may be heavily depleted without ever being formally declared overfished, and the subsidies that support its exploitation may continue without challenge.

## The unfinished business

The more consequential disciplines, addressing subsidies that contribute to overcapacity and overfishing more broadly, were left for a second stage of negotiations. These talks have proved difficult. Major fishing nations disagree over how to treat fuel subsidies, how much flexibility to allow developing countries, and whether distant-water fleets should face stricter disciplines than those fishing in their own waters.[^3]

For coastal developing states, the stakes are high. Many have extensive exclusive economic zones but limited capacity to fish them or to monitor the foreign fleets operating there. Heavily subsidised distant-water fleets compete directly with local fishers, and the depletion of shared stocks undermines food security and livelihoods. A strong second-stage agreement would shift the balance towards coastal states by reducing the artificial competitive advantage that subsidies confer.

## What coastal states should watch

As negotiations continue, coastal developing states should focus on several issues that will determine whether the final agreement serves their interests.

- **Treatment of distant-water fishing.** Disciplines that apply equally to all fleets may sound fair, but they ignore the fact that subsidised distant-water fleets impose costs on other countries' resources. Stricter rules for fishing outside a member's own jurisdiction would reflect this asymmetry.
- **Special and differential treatment.** Flexibility for developing countries is important, but it should be targeted at small-scale and artisanal fishers, not at large industrial fleets that happen to be flagged in developing countries.
- **Transparency.** The effectiveness of any discipline depends on knowing which subsidies exist. Stronger notification requirements, with consequences for persistent non-compliance, would help.
- **Fuel subsidies.** Fuel support is among the largest and most harmful categories of subsidy, yet it is politically sensitive in many countries. An agreement that excludes it would leave a large gap.

## Beyond the trade negotiations

The WTO is not the only forum that matters. Regional fisheries management organisations set catch limits and manage shared stocks, and their effectiveness varies widely. Port state measures, which allow countries to deny port access to vessels involved in illegal fishing, have strengthened enforcement where they are implemented. Monitoring technologies, including satellite tracking and electronic monitoring on board vessels, have made it easier to detect suspicious behaviour.[^4]

Coastal states can use these tools to complement the trade disciplines. Investment in monitoring, control and surveillance capacity, often supported by development partners, makes it more likely that illegal fishing will be detected and that the prohibitions in the first-stage agreement can be enforced. Regional cooperation in information sharing multiplies the value of national investment. Shared vessel registries and joint patrol arrangements allow small states to monitor waters that none of them could cover alone.

There is also a security dimension that policymakers increasingly recognise. Fishing fleets have in some cases been used to assert maritime claims, and illegal fishing is often associated with other forms of maritime crime, including forced labour at sea. Fisheries governance is therefore part of broader maritime security, not a separate technical matter.

Trade negotiations tend to stall when the political attention that drove an initial agreement fades. The first-stage deal succeeded partly because a coalition of developing countries, environmental groups and some major economies kept the issue on the agenda. That coalition now needs to be sustained. Coastal developing states have the strongest interest in a meaningful outcome, and they have shown that they can shape negotiations when they act together. The hard part of fisheries subsidies reform is still to come. Whether it succeeds will depend on whether those states, and the partners who share their goals, keep pressing until it does.`,
    footnotes: [
      "Food and Agriculture Organization of the United Nations, The State of World Fisheries and Aquaculture 2024 (Rome: FAO, 2024).",
      "Ocean Economics Unit, Global Fisheries Subsidies Estimates: 2023 Update (2023), 4-6. [Summary of estimates](https://example.org/oeu/fisheries-subsidies-2023).",
      'Trade Negotiations Monitor, "Fisheries Subsidies: State of Play in the Second Stage," Briefing Note No. 12 (2025), 2-5.',
      "Regional Fisheries Surveillance Centre, Monitoring, Control and Surveillance: Lessons from a Decade of Cooperation (2024), 19-24. [Available online](https://example.org/rfsc/mcs-lessons).",
    ],
  },
];
