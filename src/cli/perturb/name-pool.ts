/**
 * The names the `names` rewrite of `npm run perturb` gives to the people of a keyed article: test data for the
 * tool, never a lexicon of the engine (the engine must find people by how the text writes about them, not by
 * knowing their names). Made-up combinations of common given names and surnames of varied origin — West and East
 * African, South and East Asian, Arabic, Slavic, Latin American, Pacific, Irish and continental European with
 * particles, hyphenated and compound surnames, and one-word names — with the gender their given name usually has,
 * so a person written "Ms X" gets a woman's name. `familyFirst`: written surname first ("Wang Lihua", "Mr Wang").
 */

/** One name of the pool. A one-word name has no `given`. */
export interface PoolName {
  given?: string;
  surname: string;
  gender: 'f' | 'm';
  familyFirst?: boolean;
}

export const NAME_POOL: readonly PoolName[] = [
  // West African
  { given: 'Adaeze', surname: 'Okonkwo', gender: 'f' },
  { given: 'Chukwuemeka', surname: 'Eze', gender: 'm' },
  { given: 'Folasade', surname: 'Adeyemi', gender: 'f' },
  { given: 'Oluwaseun', surname: 'Bankole', gender: 'm' },
  { given: 'Kofi', surname: 'Boateng', gender: 'm' },
  { given: 'Abena', surname: 'Owusu-Ansah', gender: 'f' },
  { given: 'Yaw', surname: 'Darko', gender: 'm' },
  { given: 'Aminata', surname: 'Diallo', gender: 'f' },
  { given: 'Mamadou', surname: 'Ndiaye', gender: 'm' },
  { given: 'Fatou', surname: 'Sow', gender: 'f' },
  { given: 'Halima', surname: 'Abubakar', gender: 'f' },
  { given: 'Kwabena', surname: 'Asamoah', gender: 'm' },
  { given: 'Nneka', surname: 'Obi', gender: 'f' },
  { given: 'Babajide', surname: 'Ogunleye', gender: 'm' },
  // East African
  { given: 'Wanjiru', surname: 'Kamau', gender: 'f' },
  { given: 'Njoroge', surname: 'Mwangi', gender: 'm' },
  { given: 'Achieng', surname: 'Otieno', gender: 'f' },
  { given: 'Tesfaye', surname: 'Gebremedhin', gender: 'm' },
  { given: 'Selamawit', surname: 'Haile', gender: 'f' },
  { given: 'Baraka', surname: 'Mwakilema', gender: 'm' },
  { given: 'Nakato', surname: 'Ssempala', gender: 'f' },
  { given: 'Mugisha', surname: 'Byaruhanga', gender: 'm' },
  { given: 'Amani', surname: 'Kiprono', gender: 'm' },
  // South Asian
  { given: 'Priyanka', surname: 'Raghunathan', gender: 'f' },
  { given: 'Venkatesh', surname: 'Subramaniam', gender: 'm' },
  { given: 'Arjun', surname: 'Mehta', gender: 'm' },
  { given: 'Sunita', surname: 'Chatterjee', gender: 'f' },
  { given: 'Imran', surname: 'Qureshi', gender: 'm' },
  { given: 'Ayesha', surname: 'Siddiqui', gender: 'f' },
  { given: 'Dilshan', surname: 'Wickramasinghe', gender: 'm' },
  { given: 'Tharushi', surname: 'Jayawardena', gender: 'f' },
  { given: 'Harpreet', surname: 'Kaur', gender: 'f' },
  { given: 'Gurpreet', surname: 'Singh Dhillon', gender: 'm' },
  { given: 'Priya', surname: "D'Souza", gender: 'f' },
  { given: 'Rakibul', surname: 'Hasan', gender: 'm' },
  // East Asian
  { given: 'Lihua', surname: 'Wang', gender: 'f', familyFirst: true },
  { given: 'Jianguo', surname: 'Zhang', gender: 'm', familyFirst: true },
  { given: 'Xiaoming', surname: 'Chen', gender: 'm', familyFirst: true },
  { given: 'Min-jun', surname: 'Kim', gender: 'm', familyFirst: true },
  { given: 'Ji-yeon', surname: 'Park', gender: 'f', familyFirst: true },
  { given: 'Seo-yeon', surname: 'Lee', gender: 'f', familyFirst: true },
  { given: 'Thi Lan', surname: 'Nguyen', gender: 'f', familyFirst: true },
  { given: 'Van Duc', surname: 'Tran', gender: 'm', familyFirst: true },
  { given: 'Haruto', surname: 'Sato', gender: 'm' },
  { given: 'Aiko', surname: 'Yamamoto', gender: 'f' },
  { given: 'Mei Ling', surname: 'Tan', gender: 'f' },
  // Arabic
  { given: 'Khalid', surname: 'al-Mansouri', gender: 'm' },
  { given: 'Layla', surname: 'Haddad', gender: 'f' },
  { given: 'Omar', surname: 'Abdel-Rahman', gender: 'm' },
  { given: 'Mariam', surname: 'Al Nuaimi', gender: 'f' },
  { given: 'Youssef', surname: 'Ben Ali', gender: 'm' },
  { given: 'Abdullah', surname: 'bin Hamad', gender: 'm' },
  { given: 'Fatima Zahra', surname: 'El Idrissi', gender: 'f' },
  { given: 'Tariq', surname: 'Abu Zaid', gender: 'm' },
  { given: 'Noor', surname: 'al-Hashimi', gender: 'f' },
  { given: 'Samir', surname: 'Khoury', gender: 'm' },
  { given: 'Rania', surname: 'Saleh', gender: 'f' },
  // Slavic
  { given: 'Katarzyna', surname: 'Wiśniewska', gender: 'f' },
  { given: 'Tomasz', surname: 'Kowalczyk', gender: 'm' },
  { given: 'Dmitri', surname: 'Volkov', gender: 'm' },
  { given: 'Yelena', surname: 'Sokolova', gender: 'f' },
  { given: 'Milan', surname: 'Novák', gender: 'm' },
  { given: 'Jana', surname: 'Dvořáková', gender: 'f' },
  { given: 'Dragan', surname: 'Petrović', gender: 'm' },
  { given: 'Ivana', surname: 'Kovačević', gender: 'f' },
  { given: 'Oleksandr', surname: 'Shevchuk', gender: 'm' },
  { given: 'Bożena', surname: 'Zielińska', gender: 'f' },
  // Latin American
  { given: 'María José', surname: 'Fernández', gender: 'f' },
  { given: 'Juan Pablo', surname: 'Herrera Ruiz', gender: 'm' },
  { given: 'Lucía', surname: 'de la Cruz', gender: 'f' },
  { given: 'Rodrigo', surname: 'dos Santos', gender: 'm' },
  { given: 'Ximena', surname: 'Quispe', gender: 'f' },
  { given: 'Joaquín', surname: 'Arriagada', gender: 'm' },
  { given: 'Camila', surname: 'Gutiérrez Ortega', gender: 'f' },
  { given: 'Thiago', surname: 'da Silva', gender: 'm' },
  { given: 'Guadalupe', surname: 'Mamani', gender: 'f' },
  // Pacific
  { given: 'Sione', surname: 'Fifita', gender: 'm' },
  { given: 'Mele', surname: 'Taumoepeau', gender: 'f' },
  { given: 'Tevita', surname: 'Naulivou', gender: 'm' },
  { given: 'Losana', surname: 'Vunibola', gender: 'f' },
  { given: 'Aroha', surname: 'Te Whata', gender: 'f' },
  { given: 'Manaia', surname: 'Faleolo', gender: 'm' },
  { given: 'Leilani', surname: 'Akana', gender: 'f' },
  // European with particles, Irish
  { given: 'Anneke', surname: 'van der Berg', gender: 'f' },
  { given: 'Pieter', surname: 'de Vries', gender: 'm' },
  { given: 'Isabelle', surname: 'de Montclair', gender: 'f' },
  { given: 'Eoin', surname: 'Ó Briain', gender: 'm' },
  { given: 'Siobhán', surname: 'Ní Dhuibhir', gender: 'f' },
  { given: 'Marco', surname: 'Di Stefano', gender: 'm' },
  { given: 'Hans-Jürgen', surname: 'von Falkenhayn', gender: 'm' },
  // Hyphenated
  { given: 'Jean-Luc', surname: 'Dubois-Lefèvre', gender: 'm' },
  { given: 'Grace', surname: 'Amponsah-Mensah', gender: 'f' },
  { given: 'Daniel', surname: 'Lloyd-Okafor', gender: 'm' },
  { given: 'Sophie', surname: 'Carter-Nakamura', gender: 'f' },
  // One-word names
  { surname: 'Sutarjo', gender: 'm' },
  { surname: 'Rahayu', gender: 'f' },
  { surname: 'Thandar', gender: 'f' },
  { surname: 'Zawmin', gender: 'm' },
  { surname: 'Ronaldão', gender: 'm' },
];
