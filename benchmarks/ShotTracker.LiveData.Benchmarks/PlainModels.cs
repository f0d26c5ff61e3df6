using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Benchmarks;

// The hand-written peer: plain mutable classes bound with reflection-based JsonSerializer, the way an
// application would consume the feed without this SDK. Same fields, same JSON names.
#pragma warning disable CA1812, CA2227, CA1002 // instantiated by the serializer; plain DTO style on purpose

internal sealed class PlainEnvelope<T>
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("source")] public string? Source { get; set; }
    [JsonPropertyName("seq")] public long? Seq { get; set; }
    [JsonPropertyName("data")] public T? Data { get; set; }
}

internal sealed class PlainLocationData
{
    [JsonPropertyName("gcms")] public long? Gcms { get; set; }
    [JsonPropertyName("scms")] public long? Scms { get; set; }
    [JsonPropertyName("cr")] public bool? Cr { get; set; }
    [JsonPropertyName("period")] public string? Period { get; set; }
    [JsonPropertyName("facilityId")] public string? FacilityId { get; set; }
    [JsonPropertyName("courtId")] public string? CourtId { get; set; }
    [JsonPropertyName("sessionId")] public string? SessionId { get; set; }
    [JsonPropertyName("locations")] public List<PlainLocationSample>? Locations { get; set; }
}

internal sealed class PlainLocationSample
{
    [JsonPropertyName("t")] public long? T { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("pid")] public long? Pid { get; set; }
    [JsonPropertyName("bid")] public string? Bid { get; set; }
    [JsonPropertyName("tid")] public long? Tid { get; set; }
    [JsonPropertyName("x")] public double? X { get; set; }
    [JsonPropertyName("y")] public double? Y { get; set; }
    [JsonPropertyName("z")] public double? Z { get; set; }
    [JsonPropertyName("speed")] public double? Speed { get; set; }
    [JsonPropertyName("dist")] public double? Dist { get; set; }
    [JsonPropertyName("vx")] public double? Vx { get; set; }
    [JsonPropertyName("vy")] public double? Vy { get; set; }
    [JsonPropertyName("vz")] public double? Vz { get; set; }
}

internal sealed class PlainClockData
{
    [JsonPropertyName("gid")] public string? Gid { get; set; }
    [JsonPropertyName("period")] public string? Period { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("state")] public string? State { get; set; }
    [JsonPropertyName("source")] public string? Source { get; set; }
    [JsonPropertyName("min")] public string? Min { get; set; }
    [JsonPropertyName("sec")] public string? Sec { get; set; }
    [JsonPropertyName("subSec")] public string? SubSec { get; set; }
    [JsonPropertyName("shotSec")] public string? ShotSec { get; set; }
    [JsonPropertyName("shotSubSec")] public string? ShotSubSec { get; set; }
    [JsonPropertyName("controllerId")] public string? ControllerId { get; set; }
}
internal sealed class PlainChartData
{
    [JsonPropertyName("eid")] public string? Eid { get; set; }
    [JsonPropertyName("t")] public long? T { get; set; }
    [JsonPropertyName("pid")] public string? Pid { get; set; }
    [JsonPropertyName("tid")] public string? Tid { get; set; }
    [JsonPropertyName("sid")] public string? Sid { get; set; }
    [JsonPropertyName("gid")] public string? Gid { get; set; }
    [JsonPropertyName("st")] public string? St { get; set; }
    [JsonPropertyName("is3")] public bool? Is3 { get; set; }
    [JsonPropertyName("pts")] public int? Pts { get; set; }
    [JsonPropertyName("px")] public double? Px { get; set; }
    [JsonPropertyName("py")] public double? Py { get; set; }
    [JsonPropertyName("pz")] public double? Pz { get; set; }
    [JsonPropertyName("hx")] public double? Hx { get; set; }
    [JsonPropertyName("hy")] public double? Hy { get; set; }
    [JsonPropertyName("hz")] public double? Hz { get; set; }
    [JsonPropertyName("s")] public string? S { get; set; }
    [JsonPropertyName("z")] public int? Z { get; set; }
    [JsonPropertyName("az")] public int? Az { get; set; }
    [JsonPropertyName("d")] public double? D { get; set; }
    [JsonPropertyName("attributes")] public List<string>? Attributes { get; set; }
    [JsonPropertyName("players")] public List<string>? Players { get; set; }
    [JsonPropertyName("shotDefenders")] public List<long>? ShotDefenders { get; set; }
    [JsonPropertyName("prd")] public string? Prd { get; set; }
}
#pragma warning restore CA1812, CA2227, CA1002
