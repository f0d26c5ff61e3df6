using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using ShotTracker.LiveData.Internal.Tokens;

namespace ShotTracker.LiveData.Internal.DependencyInjection;

/// <summary>
/// Validates the HTTP token provider's options at start-up for configurations that use it, with the provider's own
/// checks; when the configuration section they were read from does not exist, the failure names it first.
/// </summary>
internal sealed class HttpLiveDataTokenProviderOptionsValidator(IOptionsMonitor<LiveDataClientRegistration> registrations, IConfiguration? configuration = null)
    : IValidateOptions<HttpLiveDataTokenProviderOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpLiveDataTokenProviderOptions options)
    {
        var registration = registrations.Get(name ?? Options.DefaultName);
        if (!registration.UsesHttpTokenProvider)
        {
            return ValidateOptionsResult.Skip;
        }

        try
        {
            HttpTokenProviderSettings.Validate(options);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ConfigurationSectionHint.Fail(registration.TokenSection, configuration, "AddHttpTokenProvider", ValidationMessage.Of(ex));
        }
    }
}
