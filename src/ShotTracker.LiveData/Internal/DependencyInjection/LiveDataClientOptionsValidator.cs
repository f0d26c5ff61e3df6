using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using ShotTracker.LiveData.Internal.Connection;

namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>
/// Validates the registered <see cref="LiveDataClientOptions"/> at start-up with the client's own checks, so the
/// messages are the ones <see cref="LiveDataClient"/> would throw; when the configuration section they were read from
/// does not exist, the failure names it first (with a near sibling of the app's configuration).
/// </summary>
internal sealed class LiveDataClientOptionsValidator(IOptionsMonitor<LiveDataClientRegistration> registrations, IConfiguration? configuration = null)
    : IValidateOptions<LiveDataClientOptions>
{
    public ValidateOptionsResult Validate(string? name, LiveDataClientOptions options)
    {
        var registration = registrations.Get(name ?? Options.DefaultName);
        if (!registration.Registered)
        {
            return ValidateOptionsResult.Skip;
        }

        if (registration.TokenProviderFactory is null && options.TokenProvider is null)
        {
            return Fail(registration,
                "LiveDataClientOptions.TokenProvider is required: call AddHttpTokenProvider or AddTokenProvider on the builder AddShotTrackerLiveData returns, set TokenProvider, or configure a Token.");
        }

        try
        {
            ClientSettings.Validate(options, requireTokenProvider: false);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return Fail(registration, ValidationMessage.Of(ex));
        }
    }

    private ValidateOptionsResult Fail(LiveDataClientRegistration registration, string failure) =>
        ConfigurationSectionHint.Fail(registration.ClientSection, configuration, "AddShotTrackerLiveData", failure);
}
