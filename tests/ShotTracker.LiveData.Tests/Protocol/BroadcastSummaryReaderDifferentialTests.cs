using System.Text;
using CsCheck;
using ShotTracker.LiveData.Internal.Protocol;
using ShotTracker.LiveData.Tests.Infrastructure;

namespace ShotTracker.LiveData.Tests.Protocol;

/// <summary>
/// The broadcast summary's hand-written reader against the generated converter: its fixture is one of nine in
/// <see cref="PayloadReaderDifferentialTests"/>, and its shape is the deepest, so it gets fuzzed payloads of its own
/// and the edge cases of every model of its graph.
/// </summary>
public sealed class BroadcastSummaryReaderDifferentialTests
{
#if LIBRARY_NETSTANDARD
    private const long Cases = 2_000;
#else
    private const long Cases = 5_000;
#endif

    private static readonly SourceDescriptor Summary = SourceTable.Get(LiveDataSource.BroadcastSummary);

    private const string Player =
        "\"player_id\":7,\"consumer_code\":\"P7\",\"jersey_number\":\"23\",\"first_name\":\"A\",\"last_name\":\"B\",\"position_abbr\":\"G\",\"sensor\":9.0,\"on_the_floor\":true";

    public static TheoryData<string> EdgeCases { get; } = new(
        "{}",
        "{\"at\":null,\"at_formatted\":null,\"period\":null,\"reference\":null,\"game_stats\":null,\"half_1_stats\":null,\"half_2_stats\":null,\"quarter_1_stats\":null,\"quarter_2_stats\":null,\"quarter_3_stats\":null,\"quarter_4_stats\":null,\"ot_1_stats\":null}",
        "{\"at\":\"1732500123456\",\"period\":\"Q1\",\"period\":\"Q2\",\"game_stats\":{\"reference\":\"a\"},\"game_stats\":null}",
        "{\"at\":1.5}",
        "{\"at\":\"x\"}",
        "{\"period\":5}",
        "{\"game_stats\":[]}",
        "{\"game_stats\":{\"home\":{\"team\":null,\"players\":[null,{}]},\"away\":null}}",
        "{\"game_stats\":{\"home\":{\"players\":{}}}}",
        "{\"game_stats\":{\"home\":{\"team\":[]}}}",
        "{\"ot_1_stats\":{},\"ot_2_stats\":{\"home\":{}},\"ot_3_stats\":5,\"ot_x_stats\":null}",
        "{\"Period\":\"Q1\",\"GameStats\":{},\"AllPeriodStats\":[],\"Time\":1,\"GamePeriod\":\"H1\",\"AdditionalProperties\":{}}",
        "{\"per\\u0069od\":\"Q3\",\"\\u0061t\":5}",
        "{\"game_stats\":{\"home\":{\"players\":[{" + Player + ",\"PLUS_MINUS\":-3,\"season_stats\":{\"FT\":\"1\",\"FTA\":2.0,\"FT_FRACTION\":\"1/2\",\"FT_PCT_DISPLAY\":null,\"x\":1}}]}}}",
        "{\"game_stats\":{\"home\":{\"players\":[{\"on_the_floor\":\"true\"}]}}}",
        "{\"game_stats\":{\"home\":{\"players\":[{\"on_the_floor\":1}]}}}",
        "{\"game_stats\":{\"home\":{\"players\":[{\"jersey_number\":2.5}]}}}",
        "{\"game_stats\":{\"home\":{\"players\":[{\"season_stats\":[]}]}}}",
        "{\"game_stats\":{\"home\":{\"players\":[{\"IsTeamRow\":true,\"SeasonStats\":{},\"fg\":1,\"FG\":\"3\",\"FGA\":null,\"DIST\":\"12.5\",\"AST_TO_RATE\":\"0.5\"}]}}}",
        "{\"game_stats\":{\"home\":{\"players\":[{\"AST_TO_RATE\":1e400}]}}}",
        "{\"game_stats\":{\"home\":{\"players\":[{\"FG\":2147483648}]}}}",
        "{\"game_stats\":{\"home\":{\"players\":[{\"consumer_code\":5}]}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"team_id\":\"5001\",\"team_name\":\"K\",\"SECOND_CHANCE_POINTS\":\"13\",\"POINTS_OFF_TURNOVER\":null,\"OVERALL_PTS\":85,\"OVERALL_PTS\":86,\"PossessionTypes\":{},\"lineup_stats\":[null,{},{\"player_ids\":[1,\"2\",3.0],\"PLUS_MINUS\":\"-3\",\"TOTAL_POINTS_SCORED\":1,\"TOTAL_POINTS_ALLOWED\":2,\"y\":[]}]}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"lineup_stats\":[{\"player_ids\":[null]}]}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"lineup_stats\":[{\"player_ids\":[1.5]}]}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"lineup_stats\":[{\"player_ids\":null}]}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"lineup_stats\":{}}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"shots\":[null,{},{\"DISPLAY\":null,\"PCT_DISPLAY\":\"1%\",\"R\":\"7\",\"G\":3.0,\"B\":null,\"z\":{}}],\"cas_shots\":[],\"otd_shots\":null}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"shots\":[{\"B\":2.5}]}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"shots\":[[]]}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"cas_shots\":{}}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"shot_locations\":{\"make\":[null,[1,2,3,4,5,6],{\"x\":1,\"peakHeight\":\"2\"},\"s\",5,true],\"miss\":[],\"other\":[1]}}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"shot_locations\":{\"make\":null,\"miss\":null}}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"shot_locations\":{\"make\":{}}}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"shot_locations\":{\"make\":[\"\\ud800\"]}}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"shot_locations\":[]}}}}",
        "{\"game_stats\":{\"home\":{\"team\":{\"OVERALL_FG\":\"\\udc00\"}}}}");

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Read_EdgeCase_ReadsAsTheGeneratedConverterDoes(string payload)
    {
        PayloadReaderDifferentialTests.Compare(Summary, Encoding.UTF8.GetBytes(payload)).Should().BeNull();
    }

    [Fact]
    public void Read_FuzzedSummaries_AgreeWithTheGeneratedConverter()
    {
        FrameFuzzer.FramesOf("broadcastsummary.json").Sample(
            frame =>
            {
                if (PayloadReaderDifferentialTests.PayloadOf(frame) is { } payload
                    && PayloadReaderDifferentialTests.Compare(Summary, payload) is { } difference)
                {
                    throw new Xunit.Sdk.XunitException(difference);
                }
            },
            iter: Cases,
            print: FrameFuzzer.Print);
    }
}
