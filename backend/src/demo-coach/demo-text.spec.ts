import { nameFromWords, namesFromWords } from 'src/demo-coach/demo-text';

describe('demo identity names', () => {
  it.each([
    ['I earn money as a nurse', 'Nurse'],
    ['I love playing guitar', 'Guitar Player'],
    ['running by the river', 'Runner'],
    ['big sister to Leo', 'Big Sister'],
    ['a loving partner', 'Loving Partner'],
    ['I fix things around the house', 'Fixer'],
    ['volunteer at the food bank', 'Volunteer'],
    ['I meditate every morning', 'Meditator'],
    ['Painter', 'Painter'],
    ['I make money as a freelance designer', 'Freelance Designer'],
  ])('should name %j as %j', (words, name) => {
    expect(nameFromWords(words)).toBe(name);
  });

  it.each(['nothing else is missing', 'no, nothing else', 'yes', 'that is all', 'keep it'])(
    'should find no name in %j',
    (words) => {
      expect(nameFromWords(words)).toBeNull();
    },
  );

  it('should read several roles from one answer when the client lists them', () => {
    expect(namesFromWords('I paint, sing and bake bread')).toEqual(['Painter', 'Singer', 'Bread Baker']);
    expect(namesFromWords("I run, and I'm a trail runner")).toEqual(['Runner', 'Trail Runner']);
  });
});
