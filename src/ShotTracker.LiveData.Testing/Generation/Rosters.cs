namespace ShotTracker.LiveData.Testing.Generation;

/// <summary>Draws two teams of ten with names, jerseys, positions and sensors.</summary>
internal static class Rosters
{
    private static readonly string[] Cities = ["Kansas City", "Omaha", "Des Moines", "Wichita", "Tulsa", "Lincoln", "Topeka", "Springfield", "Lawrence", "Ames"];
    private static readonly string[] Mascots = ["Comets", "Prairie Dogs", "Thunder", "Bison", "Herons", "Mustangs", "Owls", "Foxes", "Rockets", "Tornadoes"];
    private static readonly string[] FirstNames = ["Jalen", "Marcus", "Tyrese", "Devin", "Caleb", "Isaiah", "Aaron", "Malik", "Jordan", "Cameron", "Elijah", "Trey", "Xavier", "Noah", "Darius", "Kobe", "Miles", "Andre", "Zion", "Luka"];
    private static readonly string[] LastNames = ["Johnson", "Williams", "Brown", "Davis", "Miller", "Wilson", "Moore", "Taylor", "Anderson", "Thomas", "Jackson", "White", "Harris", "Martin", "Thompson", "Garcia", "Robinson", "Clark", "Lewis", "Walker", "Young", "King"];
    private static readonly string[] Colors = ["#1E3A8A", "#B91C1C", "#FFFFFF", "#065F46", "#F59E0B", "#111827", "#7C3AED", "#EA580C"];
    private static readonly string[] Positions = ["G", "G", "F", "F", "C", "G", "G", "F", "F", "C"];

    public static (GameTeam Home, GameTeam Away) Create(Random random)
    {
        var cityOrder = Shuffle(random, Cities.Length);
        var mascotOrder = Shuffle(random, Mascots.Length);
        var colorOrder = Shuffle(random, Colors.Length);
        var homeId = 5000 + random.Next(100, 500);
        var home = new GameTeam(homeId, $"{Cities[cityOrder[0]]} {Mascots[mascotOrder[0]]}", Colors[colorOrder[0]], isHome: true);
        var away = new GameTeam(homeId + random.Next(1, 400), $"{Cities[cityOrder[1]]} {Mascots[mascotOrder[1]]}", Colors[colorOrder[1]], isHome: false);
        home.Opponent = away;
        away.Opponent = home;

        var usedIds = new HashSet<long>();
        var usedSensors = new HashSet<long>();
        foreach (var team in new[] { home, away })
        {
            var jerseys = Shuffle(random, 56).Take(Positions.Length).ToArray();
            for (var i = 0; i < Positions.Length; i++)
            {
                var id = Unique(random, usedIds, 100_000, 999_999);
                var sensor = Unique(random, usedSensors, 1000, 9999);
                var player = new GamePlayer(
                    team,
                    id,
                    FirstNames[random.Next(FirstNames.Length)],
                    LastNames[random.Next(LastNames.Length)],
                    jerseys[i],
                    Positions[i],
                    sensor);
                team.Players.Add(player);
            }

            foreach (var starter in team.Players.Take(5))
            {
                starter.OnCourt = true;
                team.OnCourt.Add(starter);
            }
        }

        return (home, away);
    }

    private static long Unique(Random random, HashSet<long> used, int min, int max)
    {
        long value;
        do
        {
            value = random.Next(min, max);
        }
        while (!used.Add(value));
        return value;
    }

    private static int[] Shuffle(Random random, int count)
    {
        var order = Enumerable.Range(0, count).ToArray();
        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
