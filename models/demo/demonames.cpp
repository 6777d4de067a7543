#include "demonames.h"

namespace goodwill::demo {
namespace {

using SV = std::string_view;

// clang-format off
constexpr SV kFirstNames[] = {
    "Olivia", "James", "Amelia", "Oliver", "Charlotte", "Harry", "Sophie", "George", "Emily",
    "Jack", "Grace", "Thomas", "Hannah", "Daniel", "Lucy", "Samuel", "Ella", "Benjamin", "Chloe",
    "Nathan", "Rebecca", "Matthew", "Laura", "Ryan", "Megan", "Adam", "Jessica", "Luke", "Rachel",
    "Joshua", "Aoife", "Niamh", "Ciarán", "Siobhán", "Declan", "Eilidh", "Callum", "Rhys", "Cerys",
    "Dylan", "Fionn", "Orla", "Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Emeka", "Funmilayo",
    "Kwame", "Ama", "Kofi", "Yaa", "Tunde", "Chiamaka", "Ifeoma", "Babajide", "Abena", "Wanjiru",
    "Kamau", "Achieng", "Otieno", "Zawadi", "Baraka", "Makena", "Tendai", "Nyasha", "Tesfaye",
    "Meron", "Dawit", "Selam", "Thandiwe", "Sipho", "Lerato", "Themba", "Naledi", "Bongani",
    "Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Aditi", "Rahul", "Sneha", "Aarav",
    "Meera", "Siddharth", "Lakshmi", "Karthik", "Deepa", "Nikhil", "Pooja", "Ravi", "Ishaan",
    "Divya", "Farhan", "Ayesha", "Imran", "Sana", "Bilal", "Nadia", "Tahmina", "Rajesh", "Harpreet",
    "Gurpreet", "Wei", "Mei", "Jun", "Xiaoling", "Hao", "Yan", "Lin", "Yuki", "Haruto", "Sakura",
    "Kenji", "Aiko", "Takeshi", "Hina", "Ren", "Min-jun", "Ji-woo", "Seo-yeon", "Hyun-woo",
    "Soo-ah", "Jae-won", "Zhiwei", "Yifan", "Shu", "Linh", "Minh", "Thao", "Duc", "Anh", "Somchai",
    "Ploy", "Arief", "Siti", "Putri", "Rizal", "Maricel", "Jomar", "Omar", "Layla", "Yusuf",
    "Fatima", "Karim", "Noor", "Hassan", "Amira", "Tariq", "Yasmin", "Darius", "Shirin", "Reza",
    "Parisa", "Emre", "Elif", "Mehmet", "Zeynep", "Noa", "Eitan", "Tamar", "Avi", "Mateo",
    "Valentina", "Santiago", "Camila", "Diego", "Lucía", "Javier", "Isabela", "Alejandro", "Sofía",
    "Carlos", "Mariana", "João", "Beatriz", "Thiago", "Larissa", "Rafael", "Gabriela", "Inês",
    "Tiago", "Lukas", "Anna", "Felix", "Lena", "Jonas", "Clara", "Matteo", "Giulia", "Luca",
    "Chiara", "Léa", "Hugo", "Camille", "Antoine", "Margaux", "Sven", "Ingrid", "Astrid", "Lars",
    "Freya", "Søren", "Maja", "Piotr", "Zofia", "Katarzyna", "Tomasz", "Agnieszka", "Dmitri",
    "Anastasia", "Olena", "Taras", "Andrei", "Ioana", "Nikos", "Eleni", "Bram", "Sanne", "Joost",
    "Eva", "Jan", "Aroha", "Tane", "Sione", "Losana", "Kalani", "Amara", "Zara", "Nia", "Jamal",
    "Malik", "Imani", "Aaliyah", "Marcus", "Andre", "Jasmine",
};

constexpr SV kLastNames[] = {
    "Thompson", "Walker", "Harris", "Clarke", "Robinson", "Wright", "Hughes", "Edwards", "Turner",
    "Bennett", "Cooper", "Foster", "Ward", "Palmer", "Fletcher", "Marsh", "Holloway", "Pemberton",
    "Ashworth", "Whitaker", "O'Connor", "Murphy", "Byrne", "Gallagher", "Doyle", "MacLeod",
    "Fraser", "Campbell", "Davies", "Llewellyn", "Pritchard", "Kennedy", "Okafor", "Adeyemi",
    "Okonkwo", "Balogun", "Eze", "Nwosu", "Mensah", "Asante", "Boateng", "Owusu", "Adebayo", "Obi",
    "Afolabi", "Danjuma", "Ogunleye", "Mwangi", "Ochieng", "Kariuki", "Njoroge", "Wanjala", "Mutua",
    "Haile", "Tadesse", "Bekele", "Moyo", "Dlamini", "Ndlovu", "Nkosi", "Mokoena", "Chikwanha",
    "Patel", "Sharma", "Iyer", "Nair", "Reddy", "Gupta", "Kapoor", "Menon", "Chatterjee",
    "Banerjee", "Desai", "Joshi", "Pillai", "Rao", "Krishnan", "Singh", "Kaur", "Gill", "Sandhu",
    "Malhotra", "Hussain", "Qureshi", "Chaudhry", "Siddiqui", "Rahman", "Ahmed", "Perera",
    "Jayasuriya", "Bhattarai", "Thapa", "Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu",
    "Zhou", "Xu", "Lin", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura",
    "Kobayashi", "Sato", "Ito", "Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Lim", "Han",
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Santos", "Reyes", "Bautista", "Dela Cruz",
    "Villanueva", "Wijaya", "Halim", "Susanto", "Chaiyaporn", "Srisuk", "Haddad", "Khoury",
    "Nasser", "Mansour", "Farouk", "Saleh", "Aziz", "Darwish", "Karimi", "Hosseini", "Tehrani",
    "Rostami", "Yılmaz", "Demir", "Kaya", "Şahin", "Öztürk", "Cohen", "Levi", "Friedman", "Mizrahi",
    "Ben-David", "García", "Rodríguez", "Martínez", "López", "Hernández", "González", "Pérez",
    "Sánchez", "Ramírez", "Torres", "Flores", "Morales", "Ortiz", "Castillo", "Vargas", "Silva",
    "Oliveira", "Costa", "Pereira", "Almeida", "Carvalho", "Ferreira", "Rocha", "Souza", "Müller",
    "Schmidt", "Becker", "Hoffmann", "Wagner", "Fischer", "Rossi", "Romano", "Colombo", "Bianchi",
    "Esposito", "Moreau", "Lefèvre", "Dubois", "Laurent", "Girard", "Andersson", "Johansson",
    "Lindqvist", "Nilsson", "Hansen", "Jensen", "Larsen", "Virtanen", "Korhonen", "Nowak",
    "Kowalski", "Wiśniewska", "Zieliński", "Ivanova", "Petrov", "Kovalenko", "Shevchenko",
    "Popescu", "Ionescu", "Horváth", "Novák", "Papadopoulos", "Georgiou", "de Vries", "Janssen",
    "van Dijk", "Peeters", "Dvořák", "Ngata", "Parata", "Tuilagi", "Fonoti", "Kahale", "Begay",
    "Yazzie", "Baptiste", "Pierre", "Joseph", "Charles", "Toussaint",
};

// clang-format on

} // namespace

std::span<const std::string_view> DemoNames::firstNames()
{
    return kFirstNames;
}

std::span<const std::string_view> DemoNames::lastNames()
{
    return kLastNames;
}

} // namespace goodwill::demo
