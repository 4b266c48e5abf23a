import { splitBalanced } from './shared/domain/group-split';
const people = [{"id":"p0","name":"นายสมชาย","sector":"citizens","village":null,"gender":null,"ageGroup":null},{"id":"p1","name":"นายสมชาย","sector":null,"village":null,"gender":"male","ageGroup":null},{"id":"p2","name":"นายสมชาย","sector":"citizens","village":"1","gender":"male","ageGroup":null},{"id":"p3","name":"นายสมชาย","sector":"citizens","village":"1","gender":"female","ageGroup":null}];
console.log(JSON.stringify(splitBalanced(people, 3)));
