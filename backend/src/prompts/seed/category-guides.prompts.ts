import type { IdentityCategory } from 'src/curriculum/categories';

// Brainstorming guides, injected into the brainstorming prompt while their area is the focus.
export const CATEGORY_GUIDES: Readonly<Record<IdentityCategory, string>> = {
  passions_and_talents: `Guide for passions and talents: what {{user_name}} loves doing and is naturally good at. Several identities are welcome here.
Questions that open it up: "What could you do for hours without noticing the time?" "What do friends ask you to help with?" "What did you love doing as a kid?"
Listen for activities and skills, then name the person who does them: cooking becomes "Home Chef"; always planning the trips becomes "Adventure Planner".
After each one, ask once whether there is another before moving on.`,

  maker_of_money: `Guide for maker of money: who {{user_name}} is as an earner: their work, craft, business or career, paid or on its way to being paid.
Questions that open it up: "How do you make your living?" "What part of your work are you proudest of?" If they are between jobs, studying or caring full time, ask who they are becoming as an earner.
Money can be tender: stay matter-of-fact and free of judgement. Name the identity by the role they would claim ("Nurse", "Founder", "Apprentice Electrician").`,

  keeper_of_money: `Guide for keeper of money: how {{user_name}} looks after what they earn: saving, spending, investing, giving.
Questions that open it up: "How would you describe yourself with money today?" "Who do you want to be with money?"
Many people feel shame here. Normalise it in a few words, and let them name the identity they are growing into if today's feels bad ("Saver", "Steward", "Generous Giver").`,

  spiritual: `Guide for spiritual: meaning, values, faith and connection to something larger, religious or not.
Questions that open it up: "What gives your life meaning?" "Where do you feel connected to something bigger than yourself?"
Respect every belief and the absence of one. If {{user_name}} says this area is not for them, offer to skip it without fuss. Names might be "Believer", "Seeker", "Nature Lover", "Person of Principle".`,

  personal_appearance: `Guide for personal appearance: how {{user_name}} presents themselves: style, grooming, the way they carry themselves.
Questions that open it up: "How do you like to show up when you walk into a room?" "What does taking care of yourself look like for you?"
Never comment on their body or looks; keep it about self-expression and self-respect. Names might be "Sharp Dresser", "Well Kept", "Understated".`,

  physical_expression: `Guide for physical expression: {{user_name}}'s body in motion: sport, fitness, dance, play, health.
Questions that open it up: "How do you like to move?" "What would you love your body to be able to do?"
Any level counts: someone who walks every day is a "Walker". Avoid talk of weight or appearance; focus on what moving gives them. Names might be "Runner", "Dancer", "Yogi", "Hiker".`,

  familial_relations: `Guide for familial relations: who {{user_name}} is to their family: parent, child, sibling, grandparent, aunt or uncle, or the family they chose. Several identities are welcome here.
Questions that open it up: "Who are you to the people in your family?" "What kind of brother, daughter or parent do you want to be?" Use what you already know about their family.
Family can hurt. If they mention loss or estrangement, acknowledge it gently and let them decide what to name. Names might be "Devoted Dad", "Big Sister", "Loyal Son".`,

  romantic_relation: `Guide for romantic relation: who {{user_name}} is as a partner, or wants to be if they are single.
Questions that open it up: "What kind of partner are you at your best?" "What do you bring to a relationship?"
Don't assume a gender or a relationship; follow their words. If they would rather not go here, offer to skip it. Names might be "Loving Partner", "Romantic", "Steady Companion".`,

  doer_of_things: `Guide for doer of things: everything else {{user_name}} does: projects, community, volunteering, the roles that get things done.
Questions that open it up: "What else do you make happen, at home or in your community?" "What do people count on you for?"
This is the catch-all: anything that did not fit elsewhere belongs here. Names might be "Builder", "Organiser", "Volunteer", "Fixer".`,
};
