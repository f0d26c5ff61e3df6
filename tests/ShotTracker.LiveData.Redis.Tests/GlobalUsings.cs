global using ShotTracker.LiveData.Tests.Infrastructure;
