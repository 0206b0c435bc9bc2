import MonevCore
