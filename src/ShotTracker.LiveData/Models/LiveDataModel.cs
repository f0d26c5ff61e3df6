using System.Text.Json;
using System.Text.Json.Serialization;

namespace ShotTracker.LiveData.Models;

/// <summary>
/// Base of every payload record: keeps the JSON properties this version of the SDK has no typed property for.
/// </summary>
/// <remarks>
/// The service adds fields over time and the documentation leaves some shapes open. Whatever is not mapped to a
/// typed property lands in <see cref="AdditionalProperties"/> and is written back unchanged, so parsing and then
/// writing a message never loses a field.
/// </remarks>
public abstract record LiveDataModel
{
    /// <summary>
    /// Gets the properties that have no typed counterpart, by JSON name; <see langword="null"/> when there were none.
    /// </summary>
    /// <remarks>
    /// Set only by the serializer: the setter is not <c>init</c> because System.Text.Json cannot bind extension
    /// data through an object initializer.
    /// </remarks>
    [JsonExtensionData]
    [JsonInclude]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; internal set; }
}
