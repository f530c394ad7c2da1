/**
 * The REST API's bodies (docs/cluster.md), shared by the coordinator that writes them and the
 * client that reads them. Validation of requests is the coordinator's: these records accept
 * anything so that a bad request can be answered with a precise 400.
 */
package dev.colony.protocol.api;
