"""The live page for the worker (local web page, fed by the session's bus).

    from voice_companion.live.server import LivePage
"""
