// The 'ws' package (Hocuspocus's own WebSocket library) ships no types; tests and the bench use it as Node 20's WebSocket.
declare module 'ws';
