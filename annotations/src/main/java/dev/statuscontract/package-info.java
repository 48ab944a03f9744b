/**
 * The status-contract annotations: {@link dev.statuscontract.Returns} declares a status code an
 * endpoint returns, {@link dev.statuscontract.Creates} marks an endpoint that creates a resource.
 */
package dev.statuscontract;
